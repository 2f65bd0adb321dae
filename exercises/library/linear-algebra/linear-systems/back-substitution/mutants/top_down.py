"""You seem to solve from the top row down, using later unknowns before they are known. Back substitution starts at the last row, where only x_(n-1) appears, and works upward."""
# Mistake: goes from the top row down (forward substitution), using x[j] for j > i
# before they have been computed (they are still 0).
import numpy as np


def back_substitution(U, b):
    U = np.asarray(U, dtype=float)
    b = np.asarray(b, dtype=float)
    n = U.shape[0]
    x = np.zeros(n)
    for i in range(n):
        x[i] = (b[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
