"""You seem to swap columns i and j rather than rows i and j. Row i is the i-th horizontal line of entries of M."""
# Mistake: indexes columns instead of rows (M[:, i] is column i).
import numpy as np


def swap_rows(M, i, j):
    R = np.array(M, copy=True)
    R[:, [i, j]] = R[:, [j, i]]
    return R
