"""wrong: loops over range(max_iter - 1), so when the tolerance is not reached it returns after one step fewer than the max_iter allowed."""


def newton_root(f, df, x0, tol, max_iter):
    """Newton's method for f(x) = 0 from x0; stop when |step| < tol or after max_iter steps."""
    x = float(x0)
    for _ in range(max_iter - 1):
        step = f(x) / df(x)
        x = x - step
        if abs(step) < tol:
            break
    return x
