"""Your Jacobian seems diagonal: every s_i depends on every z_j through the shared denominator, so the off-diagonal entries are -s_i s_j, not 0."""
# Mistake: treats s_i as depending on z_i only, so the Jacobian is diagonal with s_i (1 - s_i).
import numpy as np


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    s = e / np.sum(e)
    return np.diag(s * (1 - s))
