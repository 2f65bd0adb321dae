"""Eliminates in A itself when it is a float array (statement: do not modify A, eliminate in a copy)."""
import numpy as np


def determinant(A):
    U = np.asarray(A, dtype=float)
    n = U.shape[0]
    sign = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if U[p, k] == 0.0:
            return 0.0
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        for i in range(k + 1, n):
            U[i] -= U[i, k] / U[k, k] * U[k]
    return float(sign * np.prod(np.diag(U)))
