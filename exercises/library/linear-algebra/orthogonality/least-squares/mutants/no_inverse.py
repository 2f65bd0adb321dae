"""Your answer looks like A^T b, which is the fit only when the columns of A are orthonormal. The normal equations are A^T A x = A^T b, so the A^T A factor still has to be undone."""
# Mistake: x = A^T b, forgetting the (A^T A)^{-1} factor (right only for orthonormal columns).
import numpy as np


def least_squares(A, b):
    return np.asarray(A, dtype=float).T @ np.asarray(b, dtype=float)
