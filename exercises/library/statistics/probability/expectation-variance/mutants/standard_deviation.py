"""Your second output looks like the standard deviation: the variance is its square, E[(X - E[X])^2], without a square root."""
# Mistake: returns the standard deviation instead of the variance.
import numpy as np


def expectation_variance(values, probs):
    values = np.asarray(values, dtype=float)
    probs = np.asarray(probs, dtype=float)
    mean = np.dot(probs, values)
    return float(mean), float(np.sqrt(np.dot(probs, (values - mean) ** 2)))
