"""Your loop seems to stop after a fixed number of steps, whatever tol and max_iter are: stop once |step| < tol, and never take more than max_iter steps."""
# Mistake: always stops after 5 iterations ("Newton is fast"), ignoring tol and max_iter.
def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(5):
        x = x - f(x) / df(x)
    return x
