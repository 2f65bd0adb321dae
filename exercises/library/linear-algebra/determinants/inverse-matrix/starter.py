import numpy as np


def inverse(A):
    """Return the inverse of the non-singular square matrix A."""
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])  # [A | I], a new array
    # TODO: row-reduce M until its left half is the identity; return the right half.
    return np.eye(n)
