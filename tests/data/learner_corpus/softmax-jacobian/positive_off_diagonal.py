"""wrong: drops the minus sign of the quotient rule off the diagonal, using +s_i s_j there while the diagonal s_i - s_i^2 is right."""
import numpy as np


def softmax_jacobian(z):
    """Jacobian d softmax(z)_i / d z_j, an n x n matrix."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    s = e / e.sum()
    J = np.outer(s, s)
    np.fill_diagonal(J, s - s ** 2)
    return J
