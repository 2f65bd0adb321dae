"""Each column seems to lose only its part along the last earlier q_j. The projections on all earlier q_j must be removed, one after another, from the same running vector."""
# Mistake: inside the loop, recomputes v from the ORIGINAL column each time,
# v = a_k - (q_j . a_k) q_j, instead of accumulating v = v - ..., so only the projection on
# the LAST earlier q_j is removed.
import numpy as np


def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    for k in range(n):
        v = A[:, k].copy()
        for j in range(k):
            v = A[:, k] - (Q[:, j] @ A[:, k]) * Q[:, j]
        norm = np.linalg.norm(v)
        if norm >= 1e-10:
            Q[:, k] = v / norm
    return Q
