def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    """Newton's method on f' from x0; return (x, f(x))."""
    x = float(x0)
    for _ in range(max_iter):
        step = df(x) / d2f(x)
        x = x - step
        if abs(step) < tol:
            break
    return x, float(f(x))
