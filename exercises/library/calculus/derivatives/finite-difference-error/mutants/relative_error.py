"""Your errors look measured against f(x) instead of the exact derivative: an estimate of the slope should be compared with f'(x), the value of df at x."""
# Mistake: compares the estimates with f(x) instead of the exact derivative f'(x) = df(x).
import numpy as np


def difference_errors(f, df, x, hs):
    h = np.asarray(hs, dtype=float)
    exact = f(x)
    forward = (f(x + h) - f(x)) / h
    central = (f(x + h) - f(x - h)) / (2 * h)
    return np.abs(forward - exact), np.abs(central - exact)
