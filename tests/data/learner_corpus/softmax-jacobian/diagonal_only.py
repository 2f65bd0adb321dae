"""wrong: returns only the diagonal terms diag(s_i - s_i^2), forgetting that each output depends on every input, so the off-diagonal -s_i s_j entries are missing."""
import numpy as np


def softmax_jacobian(z):
    """Jacobian d softmax(z)_i / d z_j, an n x n matrix."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    s = e / e.sum()
    return np.diag(s - s ** 2)
