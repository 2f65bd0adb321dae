"""Your singular values seem to come out in increasing order, as the eigenvalues of A^T A are often listed. Reorder the eigenpairs so that sigma_1 is the largest."""
# Mistake: keeps eigh's ascending order, so the singular values come out increasing.
import numpy as np


def svd_from_eigen(A):
    A = np.asarray(A, dtype=float)
    lam, V = np.linalg.eigh(A.T @ A)
    S = np.sqrt(np.clip(lam, 0.0, None))
    return (A @ V) / S, S, V.T
