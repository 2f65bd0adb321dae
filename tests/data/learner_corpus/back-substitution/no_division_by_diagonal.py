"""wrong: sets x_i = b_i - sum_{j>i} U_ij x_j and forgets to divide by the diagonal entry U_ii."""
import numpy as np


def back_substitution(U, b):
    """Solve U x = b for an upper triangular U with non-zero diagonal; return x."""
    U = np.asarray(U)
    n = U.shape[0]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = b[i] - U[i, i + 1:] @ x[i + 1:]
    return x
