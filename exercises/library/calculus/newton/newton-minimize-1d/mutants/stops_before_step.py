"""Your x seems one step behind: you stop when the step is small but before taking it. Take the step first, and then stop if the step you just took was shorter than tol."""
# Mistake: tests the step against tol before applying it, so the last (small) step is never taken.
def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = df(x) / d2f(x)
        if abs(step) < tol:
            break
        x = x - step
    return x, f(x)
