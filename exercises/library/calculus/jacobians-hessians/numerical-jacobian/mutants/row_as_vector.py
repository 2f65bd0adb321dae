"""For a map with a single output your answer seems to be a 1-D vector: the Jacobian is always an m x n matrix, so with m = 1 it is a matrix with one row."""
# Mistake: returns the single row as a 1-D array when m = 1 ("the gradient").
import numpy as np


def numerical_jacobian(F, x, h):
    x = np.array(x, dtype=float)
    m = np.asarray(F(x), dtype=float).size
    J = np.zeros((m, x.size))
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = 1.0
        J[:, j] = (np.asarray(F(x + h * e), dtype=float)
                   - np.asarray(F(x - h * e), dtype=float)) / (2 * h)
    return J[0] if m == 1 else J
