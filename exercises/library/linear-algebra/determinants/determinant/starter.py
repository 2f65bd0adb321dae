import numpy as np


def determinant(A):
    """Return the determinant of the square matrix A."""
    U = np.array(A, dtype=float)  # work on a copy
    n = U.shape[0]
    # TODO: eliminate below the diagonal, track the row swaps, multiply the pivots.
    return 0.0
