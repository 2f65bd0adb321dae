"""A column that depends on earlier ones seems to come out as a unit vector (or nan) instead of zero. When the leftover has length below the threshold, that column carries no new direction and should be 0."""
# Mistake: always normalises. For a dependent column the leftover is rounding noise (or
# exactly 0), and dividing by its tiny norm gives a random unit vector (or nan).
import numpy as np


def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    for k in range(n):
        v = A[:, k].copy()
        for j in range(k):
            v -= (Q[:, j] @ v) * Q[:, j]
        Q[:, k] = v / np.linalg.norm(v)
    return Q
