"""correct: scipy.special.softmax (which is overflow-safe) followed by the broadcast form s[:, None] * (I - s[None, :])."""
import numpy as np
from scipy.special import softmax


def softmax_jacobian(z):
    """Jacobian d softmax(z)_i / d z_j, an n x n matrix."""
    s = softmax(np.asarray(z, dtype=float))
    return s[:, None] * (np.eye(s.size) - s[None, :])
