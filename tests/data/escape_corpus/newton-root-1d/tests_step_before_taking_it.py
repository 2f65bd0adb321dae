"""Returns before applying the last small step (statement: x = x - step, then stop if |step| < tol)."""


def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = f(x) / df(x)
        if abs(step) < tol:
            return x
        x -= step
    return x
