"""Returns M itself when i == j instead of a copy (statement: return a new array; if i = j the result is a copy of M)."""
import numpy as np


def swap_rows(M, i, j):
    if i == j:
        return M
    R = np.array(M, copy=True)
    R[[i, j]] = R[[j, i]]
    return R
