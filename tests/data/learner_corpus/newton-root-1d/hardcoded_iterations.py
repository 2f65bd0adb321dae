"""wrong: always performs exactly 5 Newton steps, ignoring both tol and max_iter, which is too few for slow (multiple-root) cases and too many when the budget is smaller."""


def newton_root(f, df, x0, tol, max_iter):
    """Newton's method for f(x) = 0 from x0; stop when |step| < tol or after max_iter steps."""
    x = float(x0)
    for _ in range(5):
        d = df(x)
        if d == 0:
            break
        x = x - f(x) / d
    return x
