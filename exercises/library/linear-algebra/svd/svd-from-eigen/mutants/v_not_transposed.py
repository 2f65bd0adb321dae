"""You seem to return V where V^T is expected as the third output. Check that U diag(S) V^T reproduces A."""
# Mistake: returns V where V^T is expected.
import numpy as np


def svd_from_eigen(A):
    A = np.asarray(A, dtype=float)
    lam, V = np.linalg.eigh(A.T @ A)
    lam, V = lam[::-1], V[:, ::-1]
    S = np.sqrt(np.clip(lam, 0.0, None))
    return (A @ V) / S, S, V
