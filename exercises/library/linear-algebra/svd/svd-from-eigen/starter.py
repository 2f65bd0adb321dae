import numpy as np


def svd_from_eigen(A):
    """Return (U, S, Vt), a thin SVD of A (m >= n, independent columns), via eigh(A^T A)."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    # TODO: eigen-decompose A^T A, sort decreasingly, S = sqrt(eigenvalues), U = A V / S.
    U = np.eye(m, n)
    S = np.zeros(n)
    Vt = np.eye(n)
    return U, S, Vt
