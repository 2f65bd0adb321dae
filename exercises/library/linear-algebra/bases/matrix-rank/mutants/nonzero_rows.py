"""You seem to count the nonzero rows of A as it is. Dependent rows only become zero after elimination, so count pivots (or nonzero singular values) instead."""
# Mistake: counts the non-zero rows of A itself, without eliminating first. Dependent rows are
# only zero AFTER elimination.
import numpy as np


def rank(A):
    A = np.asarray(A, dtype=float)
    return int(np.sum(np.any(np.abs(A) > 1e-10, axis=1)))
