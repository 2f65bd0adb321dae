# Mistake: adds the Newton step instead of subtracting it.
def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = f(x) / df(x)
        x = x + step
        if abs(step) < tol:
            break
    return x
