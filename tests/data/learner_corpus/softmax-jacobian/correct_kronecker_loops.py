"""correct: fills J[i, j] = s_i (delta_ij - s_j) with two nested loops over a stably computed softmax built with math.exp."""
import math

import numpy as np


def softmax_jacobian(z):
    """Jacobian d softmax(z)_i / d z_j, an n x n matrix."""
    z = [float(v) for v in np.asarray(z, dtype=float).ravel()]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    s = [v / total for v in e]
    n = len(s)
    J = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            delta = 1.0 if i == j else 0.0
            J[i, j] = s[i] * (delta - s[j])
    return J
