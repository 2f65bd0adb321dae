"""Your gradient seems to miss the linear term: the gradient of b^T x is b, which must be added to (A + A^T)x."""
# Mistake: drops the gradient b of the linear term.
import numpy as np


def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float)
    return (A + A.T) @ np.asarray(x, dtype=float)
