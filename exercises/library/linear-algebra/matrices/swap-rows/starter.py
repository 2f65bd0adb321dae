import numpy as np


def swap_rows(M, i, j):
    """Return a copy of the 2-D array M with rows i and j exchanged; M is left unchanged."""
    R = np.array(M, copy=True)
    # TODO: exchange rows i and j of R (not of M).
    return R
