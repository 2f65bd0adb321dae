"""Your answer seems to have the wrong sign on some matrices. Each row swap during elimination multiplies the determinant by -1, so keep count of the swaps."""
# Mistake: swaps rows for pivoting but forgets that every swap flips the sign of det.
import numpy as np


def determinant(A):
    U = np.array(A, dtype=float)
    n = U.shape[0]
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if U[p, k] == 0.0:
            return 0.0
        U[[k, p]] = U[[p, k]]
        U[k + 1:] -= np.outer(U[k + 1:, k] / U[k, k], U[k])
    return float(np.prod(np.diag(U)))
