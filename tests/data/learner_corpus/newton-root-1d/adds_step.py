"""wrong: adds the Newton step, x = x + f(x)/df(x), instead of subtracting it, moving away from the root."""


def newton_root(f, df, x0, tol, max_iter):
    """Newton's method for f(x) = 0 from x0; stop when |step| < tol or after max_iter steps."""
    x = float(x0)
    for _ in range(max_iter):
        step = f(x) / df(x)
        x = x + step
        if abs(step) < tol:
            break
    return x
