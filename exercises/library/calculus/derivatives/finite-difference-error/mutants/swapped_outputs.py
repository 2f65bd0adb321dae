"""Your two error arrays look swapped: the first should be the forward errors (first order, shrinking like h) and the second the central ones (shrinking like h^2)."""
# Mistake: returns the two error arrays in the wrong order (central first, then forward).
import numpy as np


def difference_errors(f, df, x, hs):
    h = np.asarray(hs, dtype=float)
    exact = df(x)
    forward = (f(x + h) - f(x)) / h
    central = (f(x + h) - f(x - h)) / (2 * h)
    return np.abs(central - exact), np.abs(forward - exact)
