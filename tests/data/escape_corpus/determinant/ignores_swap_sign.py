"""Multiplies the pivots but forgets the factor -1 of each row swap (statement: det A = (-1)^s prod U_ii)."""
import numpy as np


def determinant(A):
    U = np.array(A, dtype=float)
    n = U.shape[0]
    det = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if U[p, k] == 0.0:
            return 0.0
        if p != k:
            U[[k, p]] = U[[p, k]]
        det *= U[k, k]
        U[k + 1:] -= np.outer(U[k + 1:, k] / U[k, k], U[k])
    return float(det)
