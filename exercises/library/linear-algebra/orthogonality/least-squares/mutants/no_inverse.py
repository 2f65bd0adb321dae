# Mistake: x = A^T b, forgetting the (A^T A)^{-1} factor (right only for orthonormal columns).
import numpy as np


def least_squares(A, b):
    return np.asarray(A, dtype=float).T @ np.asarray(b, dtype=float)
