"""Your iterates seem to move away from the root: Newton jumps to where the tangent crosses zero, x - f(x)/f'(x), so the step is subtracted."""
# Mistake: adds the Newton step instead of subtracting it.
def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = f(x) / df(x)
        x = x + step
        if abs(step) < tol:
            break
    return x
