import numpy as np


def matmul(A, B):
    """Return the matrix product AB of A (m x n) and B (n x p), an (m x p) array."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for k in range(p):
            # row i of A dotted with column k of B
            C[i, k] = np.dot(A[i, :], B[:, k])
    return C
