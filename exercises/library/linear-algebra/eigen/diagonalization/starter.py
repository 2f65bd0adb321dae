import numpy as np


def power_by_diagonalization(A, k):
    """Return A^k for a diagonalizable A with real eigenvalues, using A = V diag(lam) V^{-1}."""
    A = np.asarray(A, dtype=float)
    # TODO: eigen-decompose A, raise the eigenvalues to the power k, change basis back.
    return np.eye(A.shape[0])
