"""Swaps with the tuple idiom on numpy rows, which are views, so both rows end up equal to row j (classic aliasing bug)."""
import numpy as np


def swap_rows(M, i, j):
    R = np.array(M, copy=True)
    R[i], R[j] = R[j], R[i]
    return R
