"""Ignores tol: always takes max_iter Newton steps (statement: stop as soon as |step| < tol)."""


def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        x = x - f(x) / df(x)
    return x
