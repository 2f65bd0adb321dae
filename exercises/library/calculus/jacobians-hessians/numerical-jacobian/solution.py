import numpy as np


def numerical_jacobian(F, x, h):
    """Central-difference Jacobian (m x n) of F: R^n -> R^m at x."""
    x = np.array(x, dtype=float)          # a float copy: the caller's x is not touched
    m = np.asarray(F(x), dtype=float).size
    J = np.zeros((m, x.size))
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = 1.0
        J[:, j] = (np.asarray(F(x + h * e), dtype=float)
                   - np.asarray(F(x - h * e), dtype=float)) / (2 * h)
    return J
