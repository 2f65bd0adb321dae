"""Your U (or V) does not seem orthonormal when singular values are equal. np.linalg.eig does not promise orthonormal eigenvectors for a repeated eigenvalue, even of a symmetric matrix; np.linalg.eigh does."""
# Mistake: uses np.linalg.eig on the symmetric A^T A. When an eigenvalue repeats, its
# eigenvectors need not be orthonormal, so U and V are not orthonormal.
import numpy as np


def svd_from_eigen(A):
    A = np.asarray(A, dtype=float)
    lam, V = np.linalg.eig(A.T @ A)
    lam, V = np.real(lam), np.real(V)
    order = np.argsort(-lam)
    lam, V = lam[order], V[:, order]
    S = np.sqrt(np.clip(lam, 0.0, None))
    return (A @ V) / S, S, V.T
