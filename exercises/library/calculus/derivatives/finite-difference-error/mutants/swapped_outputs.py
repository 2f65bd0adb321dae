# Mistake: returns the two error arrays in the wrong order (central first, then forward).
import numpy as np


def difference_errors(f, df, x, hs):
    h = np.asarray(hs, dtype=float)
    exact = df(x)
    forward = (f(x + h) - f(x)) / h
    central = (f(x + h) - f(x - h)) / (2 * h)
    return np.abs(central - exact), np.abs(forward - exact)
