"""wrong: always divides v_k by its norm, ignoring the 1e-10 threshold, so a dependent column becomes a unit vector made of rounding noise (or nan) instead of a zero column."""
import numpy as np


def gram_schmidt(A):
    """Orthonormalise the columns of A in order; dependent columns become zero columns."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    for k in range(n):
        a = A[:, k]
        v = a.copy()
        for j in range(k):
            v = v - (Q[:, j] @ a) * Q[:, j]
        with np.errstate(divide="ignore", invalid="ignore"):
            Q[:, k] = v / np.linalg.norm(v)
    return Q
