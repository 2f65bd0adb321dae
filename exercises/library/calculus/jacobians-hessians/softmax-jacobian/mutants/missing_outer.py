"""Your Jacobian looks like diag(s) alone: differentiating the shared denominator adds -s s^T, so J = diag(s) - s s^T and each row sums to 0."""
# Mistake: forgets the -s s^T term that comes from differentiating the denominator.
import numpy as np


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    s = e / np.sum(e)
    return np.diag(s)
