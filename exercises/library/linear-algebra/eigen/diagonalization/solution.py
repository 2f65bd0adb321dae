import numpy as np


def power_by_diagonalization(A, k):
    """Return A^k for a diagonalizable A with real eigenvalues, using A = V diag(lam) V^{-1}."""
    A = np.asarray(A, dtype=float)
    lam, V = np.linalg.eig(A)
    Ak = V @ np.diag(lam ** k) @ np.linalg.inv(V)
    return np.real(Ak)   # real eigenvalues: any imaginary part is rounding noise
