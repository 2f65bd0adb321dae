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
