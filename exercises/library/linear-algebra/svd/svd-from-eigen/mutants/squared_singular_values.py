# Mistake: returns the eigenvalues of A^T A as the singular values; they are sigma^2.
import numpy as np


def svd_from_eigen(A):
    A = np.asarray(A, dtype=float)
    lam, V = np.linalg.eigh(A.T @ A)
    lam, V = lam[::-1], V[:, ::-1]
    U = (A @ V) / np.sqrt(lam)
    return U, lam, V.T
