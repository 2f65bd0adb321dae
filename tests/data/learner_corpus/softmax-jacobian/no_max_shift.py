"""wrong: computes softmax as exp(z) / sum(exp(z)) without subtracting max(z) first, so large scores (around 1000) overflow to inf and the Jacobian becomes nan."""
import numpy as np


def softmax_jacobian(z):
    """Jacobian d softmax(z)_i / d z_j, an n x n matrix."""
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(z)
        s = e / e.sum()
    return np.diag(s) - np.outer(s, s)
