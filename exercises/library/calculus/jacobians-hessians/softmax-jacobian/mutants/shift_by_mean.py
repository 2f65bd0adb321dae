"""Your result seems to become nan when one score is far above the others: subtracting the mean still leaves max(z) - mean(z) in an exponent, which overflows above about 710. Subtract the maximum, so every exponent is at most 0."""
# Mistake: centres the scores on their mean instead of shifting by the maximum.
import numpy as np


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.mean(z))
    s = e / np.sum(e)
    return np.diag(s) - np.outer(s, s)
