"""You seem to remove projections onto the original earlier columns a_j. Those are not perpendicular to each other, so too much is removed: project onto the orthonormal q_j found so far."""
# Mistake: subtracts the projections on the earlier ORIGINAL columns a_j instead of on the
# orthonormalised q_j. The a_j are not perpendicular to each other, so too much is removed.
import numpy as np


def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    for k in range(n):
        v = A[:, k].copy()
        for j in range(k):
            a = A[:, j]
            if a @ a > 0:
                v -= (a @ A[:, k]) / (a @ a) * a
        norm = np.linalg.norm(v)
        if norm >= 1e-10:
            Q[:, k] = v / norm
    return Q
