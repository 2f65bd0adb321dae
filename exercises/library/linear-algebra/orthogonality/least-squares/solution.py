import numpy as np


def least_squares(A, b):
    """Return the x minimising |A x - b|^2 (A has independent columns)."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    # lstsq works through an SVD: the same answer as the normal equations, with better accuracy.
    x, *_ = np.linalg.lstsq(A, b, rcond=None)
    return x
