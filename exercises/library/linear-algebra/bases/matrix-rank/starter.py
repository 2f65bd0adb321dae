import numpy as np


def rank(A):
    """Return the rank of A: the number of linearly independent columns (or rows)."""
    A = np.asarray(A, dtype=float)
    # TODO: count the pivots of a row echelon form (or the non-zero singular values),
    # with a tolerance for rounding noise.
    return 0
