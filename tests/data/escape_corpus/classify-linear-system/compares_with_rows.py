"""Calls the solution unique when the rank equals the number of equations m (statement: what matters is n, the number of unknowns)."""
import numpy as np


def classify_system(A, b):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    r = np.linalg.matrix_rank(A)
    rb = np.linalg.matrix_rank(np.column_stack([A, b]))
    if rb > r:
        return "none"
    return "unique" if r == min(A.shape) else "infinite"
