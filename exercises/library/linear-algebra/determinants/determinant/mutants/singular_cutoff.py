"""Your determinant seems to come out 0 for a non-singular matrix whose pivot is small (about 1e-9) while its other rows are large. A small pivot is not a zero pivot: the determinant is the product of all the pivots, and here it is far from 0."""
# Mistake: declares the matrix singular as soon as the largest available pivot is below 1e-6,
# so a non-singular matrix with one row of tiny entries gets det = 0.
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
