"""Your variance looks like E[X^2] - E[X]: the shortcut formula subtracts the square of the mean, E[X^2] - E[X]^2."""
# Mistake: Var = E[X^2] - E[X], forgetting to square the mean.
import numpy as np


def expectation_variance(values, probs):
    values = np.asarray(values, dtype=float)
    probs = np.asarray(probs, dtype=float)
    mean = np.dot(probs, values)
    return float(mean), float(np.dot(probs, values**2) - mean)
