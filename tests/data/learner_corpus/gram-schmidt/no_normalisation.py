"""wrong: removes the projections on the earlier directions but stores v_k itself, forgetting to divide by its norm, so the columns are orthogonal but not unit length."""
import numpy as np


def gram_schmidt(A):
    """Orthonormalise the columns of A in order; dependent columns become zero columns."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    U = np.zeros((m, n))
    for k in range(n):
        a = A[:, k]
        v = a.copy()
        for j in range(k):
            v = v - (Q[:, j] @ a) * Q[:, j]
        norm = np.linalg.norm(v)
        if norm >= 1e-10:
            Q[:, k] = v / norm      # used for the later projections
            U[:, k] = v             # but the un-normalised vector is returned
    return U
