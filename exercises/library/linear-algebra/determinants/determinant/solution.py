import numpy as np


def determinant(A):
    """Return the determinant of the square matrix A."""
    U = np.array(A, dtype=float)  # work on a copy
    n = U.shape[0]
    sign = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))   # partial pivoting
        if U[p, k] == 0.0:
            return 0.0                              # no pivot in this column: singular
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign                            # a swap flips the sign
        U[k + 1:] -= np.outer(U[k + 1:, k] / U[k, k], U[k])
    return float(sign * np.prod(np.diag(U)))
