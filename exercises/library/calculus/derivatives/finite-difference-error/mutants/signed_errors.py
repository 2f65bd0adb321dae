"""Some of your errors seem negative: an error here is a distance, |estimate - f'(x)|, which is never below zero even when the estimate undershoots."""
# Mistake: forgets the absolute value, so the errors are negative wherever the estimate
# undershoots (e.g. the forward difference when f'' < 0).
import numpy as np


def difference_errors(f, df, x, hs):
    h = np.asarray(hs, dtype=float)
    exact = df(x)
    forward = (f(x + h) - f(x)) / h
    central = (f(x + h) - f(x - h)) / (2 * h)
    return forward - exact, central - exact
