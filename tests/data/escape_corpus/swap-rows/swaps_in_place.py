"""Swaps the rows of M in place and returns a copy of it (statement: do not modify M)."""
import numpy as np


def swap_rows(M, i, j):
    M[[i, j]] = M[[j, i]]
    return np.array(M)
