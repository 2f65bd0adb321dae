import numpy as np


def svd_from_eigen(A):
    """Return (U, S, Vt), a thin SVD of A (m >= n, independent columns), via eigh(A^T A)."""
    A = np.asarray(A, dtype=float)
    lam, V = np.linalg.eigh(A.T @ A)       # ascending eigenvalues, orthonormal eigenvectors
    lam, V = lam[::-1], V[:, ::-1]          # decreasing order
    S = np.sqrt(np.clip(lam, 0.0, None))    # eigenvalues of A^T A are sigma^2
    U = (A @ V) / S                         # u_i = A v_i / sigma_i
    return U, S, V.T
