"""Your central errors seem not to shrink with h, as happens when the central difference is divided by h instead of by the distance 2h between x - h and x + h."""
# Mistake: divides the central difference by h instead of 2h.
import numpy as np


def difference_errors(f, df, x, hs):
    h = np.asarray(hs, dtype=float)
    exact = df(x)
    forward = (f(x + h) - f(x)) / h
    central = (f(x + h) - f(x - h)) / h
    return np.abs(forward - exact), np.abs(central - exact)
