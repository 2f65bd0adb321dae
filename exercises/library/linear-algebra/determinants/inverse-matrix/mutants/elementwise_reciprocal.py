"""You seem to take 1 over each entry of A. The inverse is the matrix X with AX = I, found by row-reducing [A | I], not entry by entry."""
# Mistake: takes the reciprocal of every entry, 1 / A, which is not the matrix inverse.
import numpy as np


def inverse(A):
    return 1.0 / np.asarray(A, dtype=float)
