"""Calls a square system unique when det(A) != 0, which a singular matrix with 1e-15 rounding noise passes (statement: singular matrices may carry noise of order 1e-15)."""
import numpy as np


def classify_system(A, b):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    m, n = A.shape
    if m == n and np.linalg.det(A) != 0.0:
        return "unique"
    r = np.linalg.matrix_rank(A)
    if np.linalg.matrix_rank(np.column_stack([A, b])) > r:
        return "none"
    return "unique" if r == n else "infinite"
