"""correct: a while loop with an explicit step counter that stops after the update whose step is below tol or when max_iter steps have been taken."""


def newton_root(f, df, x0, tol, max_iter):
    """Newton's method for f(x) = 0 from x0; stop when |step| < tol or after max_iter steps."""
    x = float(x0)
    k = 0
    converged = False
    while k < max_iter and not converged:
        step = f(x) / df(x)
        x -= step
        k += 1
        converged = abs(step) < tol
    return float(x)
