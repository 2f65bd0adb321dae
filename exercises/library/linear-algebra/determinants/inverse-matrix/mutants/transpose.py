"""You seem to return the transpose of A. A^T equals A^-1 only for orthogonal matrices such as rotations; in general you must solve AX = I."""
# Mistake: returns the transpose, which is the inverse only for orthogonal matrices (rotations).
import numpy as np


def inverse(A):
    return np.asarray(A, dtype=float).T.copy()
