"""You seem to use V^T where V^-1 belongs. They agree only when V is orthogonal (symmetric A with unit eigenvectors); these matrices need the true inverse."""
# Mistake: uses V^T instead of V^{-1}. That is only right when V is orthogonal, i.e. for
# symmetric A with unit eigenvectors.
import numpy as np


def power_by_diagonalization(A, k):
    lam, V = np.linalg.eig(np.asarray(A, dtype=float))
    return np.real(V @ np.diag(lam ** k) @ V.T)
