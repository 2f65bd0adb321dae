import numpy as np

TOL = 1e-10


def gram_schmidt(A):
    """Orthonormalise the columns of A in order; dependent columns become zero columns."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    for k in range(n):
        v = A[:, k].copy()
        for j in range(k):
            v -= (Q[:, j] @ v) * Q[:, j]   # modified Gram-Schmidt: project the running v
        norm = np.linalg.norm(v)
        if norm >= TOL:
            Q[:, k] = v / norm
        # else: a_k depends on the earlier columns, Q[:, k] stays zero
    return Q
