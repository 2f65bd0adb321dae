"""wrong: creates the result with np.zeros_like(b), which is an integer array when b holds ints, so every x_i is truncated towards zero when stored."""
import numpy as np


def back_substitution(U, b):
    """Solve U x = b for an upper triangular U with non-zero diagonal; return x."""
    U = np.asarray(U)
    b = np.asarray(b)
    n = U.shape[0]
    x = np.zeros_like(b)
    for i in range(n - 1, -1, -1):
        x[i] = (b[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
