"""Your columns look perpendicular but not of unit length. After removing the earlier directions, each leftover vector still has to be divided by its length."""
# Mistake: makes the columns orthogonal but forgets to divide them by their lengths.
import numpy as np


def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    V = np.zeros((m, n))
    Q = np.zeros((m, n))
    for k in range(n):
        v = A[:, k].copy()
        for j in range(k):
            v -= (Q[:, j] @ v) * Q[:, j]
        norm = np.linalg.norm(v)
        if norm >= 1e-10:
            Q[:, k] = v / norm
            V[:, k] = v
    return V
