# Mistake: always stops after 5 iterations ("Newton is fast"), ignoring tol and max_iter.
def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(5):
        x = x - f(x) / df(x)
    return x
