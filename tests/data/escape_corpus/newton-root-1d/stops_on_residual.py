"""Stops when |f(x)| < tol instead of when the step is below tol (statement: if |step| < tol: stop)."""


def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        fx = f(x)
        if abs(fx) < tol:
            break
        x = x - fx / df(x)
    return x
