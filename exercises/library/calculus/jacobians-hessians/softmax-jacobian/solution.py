import numpy as np


def softmax_jacobian(z):
    """Jacobian d softmax(z)_i / d z_j, an n x n matrix."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))      # shifting by the maximum prevents overflow
    s = e / np.sum(e)
    return np.diag(s) - np.outer(s, s)
