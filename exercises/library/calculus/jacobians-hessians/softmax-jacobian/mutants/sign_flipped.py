"""Your Jacobian looks like the negative of the right one: the diagonal should be positive, s_i(1 - s_i), and the off-diagonal entries negative, -s_i s_j."""
# Mistake: writes the Jacobian as s s^T - diag(s), the negative of the right matrix.
import numpy as np


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    s = e / np.sum(e)
    return np.outer(s, s) - np.diag(s)
