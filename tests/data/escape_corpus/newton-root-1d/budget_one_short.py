"""Takes at most max_iter - 1 steps (statement: repeat at most max_iter times)."""


def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    k = 1
    while k < max_iter:
        step = f(x) / df(x)
        x = x - step
        if abs(step) < tol:
            break
        k += 1
    return x
