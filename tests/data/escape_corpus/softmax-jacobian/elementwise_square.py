"""Subtracts s_j^2 only on the diagonal and leaves the off-diagonal entries 0 (statement: J = diag(s) - s s^T, a full matrix)."""
import numpy as np


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    s = e / e.sum()
    return np.diag(s - s * s)
