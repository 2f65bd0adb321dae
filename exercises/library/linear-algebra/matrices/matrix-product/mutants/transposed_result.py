"""Your result looks like the transpose of AB, with shape (p, m). Row i of A dotted with column k of B belongs in row i, column k of the answer."""
# Mistake: swaps the indices when storing the result, C[k, i] instead of C[i, k],
# so it returns the transpose of AB.
import numpy as np


def matmul(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    m, p = A.shape[0], B.shape[1]
    C = np.zeros((p, m))
    for i in range(m):
        for k in range(p):
            C[k, i] = np.dot(A[i, :], B[:, k])
    return C
