"""wrong: stops when |f(x)| < tol instead of when the step |f(x)/df(x)| < tol, which stops far too early near a multiple root where f is flat."""


def newton_root(f, df, x0, tol, max_iter):
    """Newton's method for f(x) = 0 from x0; stop when |step| < tol or after max_iter steps."""
    x = float(x0)
    for _ in range(max_iter):
        if abs(f(x)) < tol:
            break
        x = x - f(x) / df(x)
    return x
