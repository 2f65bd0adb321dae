# Mistake: returns the transpose, which is the inverse only for orthogonal matrices (rotations).
import numpy as np


def inverse(A):
    return np.asarray(A, dtype=float).T.copy()
