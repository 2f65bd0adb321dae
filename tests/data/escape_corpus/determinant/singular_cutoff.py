"""Returns 0 as soon as a pivot is below 1e-6, so det diag(1e-7, 1e4, 1e4) = 10 comes out 0 (statement: answers within 1e-8 relative plus 1e-9 absolute)."""
import numpy as np


def determinant(A):
    U = np.array(A, dtype=float)
    n = U.shape[0]
    sign = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if abs(U[p, k]) < 1e-6:
            return 0.0
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        U[k + 1:] -= np.outer(U[k + 1:, k] / U[k, k], U[k])
    return float(sign * np.prod(np.diag(U)))
