"""You seem to use A^T (A A^T)^-1 b, the formula for systems with fewer equations than unknowns. For a tall A, A A^T is singular; the normal equations A^T A x = A^T b give the fit."""
# Mistake: uses the formula for UNDERdetermined systems, x = A^T (A A^T)^{-1} b. For a tall A,
# A A^T is singular, so this is numerical garbage (pinv is used to avoid an exception).
import numpy as np


def least_squares(A, b):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    return A.T @ np.linalg.pinv(A @ A.T, rcond=1e-20) @ b
