"""wrong: inside the loop over earlier q_j it sets v = a_k - (q_j . a_k) q_j, restarting from a_k each time, so only the projection on the last q_j is removed."""
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
            v = a - (Q[:, j] @ a) * Q[:, j]
        norm = np.linalg.norm(v)
        if norm >= 1e-10:
            Q[:, k] = v / norm
    return Q
