import numpy as np


def rref(A):
    """Return the reduced row echelon form of A (pivots 1, zeros above and below them)."""
    R = np.array(A, dtype=float)  # a float copy: never eliminate in A itself
    m, n = R.shape
    # TODO: Gauss-Jordan elimination, column by column.
    return R
