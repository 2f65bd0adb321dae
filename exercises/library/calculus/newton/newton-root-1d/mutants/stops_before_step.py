"""Your answer seems one step behind: you stop when the step is small but before taking it. Take the step first, x - f(x)/f'(x), and then stop if the step you just took was shorter than tol."""
# Mistake: tests the step against tol before applying it, so the last (small) step is never taken.
def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = f(x) / df(x)
        if abs(step) < tol:
            break
        x = x - step
    return x
