"""correct: classical Gram-Schmidt written with matrix products, v_k = a_k - Q_k (Q_k^T a_k) using all earlier columns at once (zero columns project nothing)."""
import numpy as np


def gram_schmidt(A):
    """Orthonormalise the columns of A in order; dependent columns become zero columns."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    for k in range(n):
        Qk = Q[:, :k]
        v = A[:, k] - Qk @ (Qk.T @ A[:, k])
        norm = np.linalg.norm(v)
        Q[:, k] = v / norm if norm >= 1e-10 else 0.0
    return Q
