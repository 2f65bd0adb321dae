"""Your singular values look like sigma^2. The eigenvalues of A^T A are the squares of the singular values, so take their square roots."""
# Mistake: returns the eigenvalues of A^T A as the singular values; they are sigma^2.
import numpy as np


def svd_from_eigen(A):
    A = np.asarray(A, dtype=float)
    lam, V = np.linalg.eigh(A.T @ A)
    lam, V = lam[::-1], V[:, ::-1]
    U = (A @ V) / np.sqrt(lam)
    return U, lam, V.T
