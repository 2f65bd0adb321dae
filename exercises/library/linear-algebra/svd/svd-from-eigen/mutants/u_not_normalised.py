"""Your columns of U seem to have length sigma_i instead of 1. Each u_i is A v_i divided by sigma_i."""
# Mistake: takes U = A V without dividing by the singular values, so its columns have length
# sigma_i instead of 1.
import numpy as np


def svd_from_eigen(A):
    A = np.asarray(A, dtype=float)
    lam, V = np.linalg.eigh(A.T @ A)
    lam, V = lam[::-1], V[:, ::-1]
    return A @ V, np.sqrt(np.clip(lam, 0.0, None)), V.T
