# Mistake: takes the reciprocal of every entry, 1 / A, which is not the matrix inverse.
import numpy as np


def inverse(A):
    return 1.0 / np.asarray(A, dtype=float)
