"""Your eigenvalues seem to be multiplied by k rather than raised to the power k. Applying A k times scales each eigen-coordinate by lambda^k."""
# Mistake: multiplies the eigenvalues by k instead of raising them to the power k.
import numpy as np


def power_by_diagonalization(A, k):
    lam, V = np.linalg.eig(np.asarray(A, dtype=float))
    return np.real(V @ np.diag(lam * k) @ np.linalg.inv(V))
