"""Your variance looks like the second moment E[X^2]: the variance is measured around the mean, E[(X - E[X])^2]."""
# Mistake: returns the second moment E[X^2] as the variance (forgets to centre).
import numpy as np


def expectation_variance(values, probs):
    values = np.asarray(values, dtype=float)
    probs = np.asarray(probs, dtype=float)
    return float(np.dot(probs, values)), float(np.dot(probs, values**2))
