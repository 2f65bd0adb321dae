import numpy as np


def difference_errors(f, df, x, hs):
    """Return (|forward difference - f'(x)|, |central difference - f'(x)|), one entry per h."""
    h = np.asarray(hs, dtype=float)
    exact = df(x)
    forward = (f(x + h) - f(x)) / h
    central = (f(x + h) - f(x - h)) / (2 * h)
    return np.abs(forward - exact), np.abs(central - exact)
