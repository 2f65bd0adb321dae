"""Your step looks like f'(x)/f(x), the ratio upside down: the tangent at x crosses zero at x - f(x)/f'(x)."""
# Mistake: divides the derivative by the function value, df(x) / f(x), instead of f(x) / df(x).
def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        fx = f(x)
        if fx == 0:
            break
        step = df(x) / fx
        x = x - step
        if abs(step) < tol:
            break
    return x
