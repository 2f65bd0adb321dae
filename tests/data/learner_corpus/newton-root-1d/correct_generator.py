"""correct: a generator yields (x, step) for each Newton update, and the caller takes at most max_iter of them with itertools.islice, stopping at the first step below tol."""
from itertools import islice


def _newton_steps(f, df, x):
    while True:
        step = f(x) / df(x)
        x = x - step
        yield x, step


def newton_root(f, df, x0, tol, max_iter):
    """Newton's method for f(x) = 0 from x0; stop when |step| < tol or after max_iter steps."""
    x = float(x0)
    for x, step in islice(_newton_steps(f, df, x), max_iter):
        if abs(step) < tol:
            break
    return float(x)
