"""wrong: uses the shifted exponentials e = exp(z - max z) as s without dividing by their sum, so s is not a probability vector."""
import numpy as np


def softmax_jacobian(z):
    """Jacobian d softmax(z)_i / d z_j, an n x n matrix."""
    z = np.asarray(z, dtype=float)
    s = np.exp(z - np.max(z))
    return np.diag(s) - np.outer(s, s)
