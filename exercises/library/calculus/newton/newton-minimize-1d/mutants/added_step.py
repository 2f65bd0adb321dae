"""Your iterates seem to move the wrong way: Newton jumps to the minimum of the local parabola, x - f'(x)/f''(x), so the step is subtracted."""
# Mistake: adds the Newton step instead of subtracting it.
def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = df(x) / d2f(x)
        x = x + step
        if abs(step) < tol:
            break
    return x, f(x)
