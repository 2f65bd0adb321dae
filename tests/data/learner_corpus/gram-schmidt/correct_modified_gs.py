"""correct: modified Gram-Schmidt, subtracting (q_j . v) q_j from the running vector v, with an explicit zero column when the remaining norm is below 1e-10."""
import numpy as np


def gram_schmidt(A):
    """Orthonormalise the columns of A in order; dependent columns become zero columns."""
    A = np.array(A, dtype=float, copy=True)
    m, n = A.shape
    Q = np.zeros((m, n))
    for k in range(n):
        v = A[:, k].copy()
        for j in range(k):
            v -= (Q[:, j] @ v) * Q[:, j]
        norm = np.sqrt(v @ v)
        if norm >= 1e-10:
            Q[:, k] = v / norm
    return Q
