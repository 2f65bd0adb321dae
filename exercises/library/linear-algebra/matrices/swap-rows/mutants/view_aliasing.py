"""Both rows seem to end up equal to the old row j: row i looks overwritten before its values were saved. Make sure you keep an independent copy of a row before replacing it."""
# Mistake: the Python tuple swap on numpy rows. R[j] and R[i] are views, so after the
# first assignment the "saved" row i already holds row j: both rows end up equal to old row j.
import numpy as np


def swap_rows(M, i, j):
    R = np.array(M, copy=True)
    R[i], R[j] = R[j], R[i]
    return R
