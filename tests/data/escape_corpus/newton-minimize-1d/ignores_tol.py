"""Ignores tol: runs every one of the max_iter Newton steps (statement: stop once |step| < tol)."""


def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        x -= df(x) / d2f(x)
    return x, f(x)
