"""You seem to decide uniqueness by det A being nonzero. Rounding makes a singular matrix's determinant tiny rather than 0, and non-square A has no determinant: compare ranks instead."""
# Mistake: decides "unique" by det(A) != 0. On floats a singular matrix has a determinant
# like 1e-17, not 0, and det does not exist for non-square A.
import numpy as np


def classify_system(A, b):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    if np.linalg.det(A) != 0:
        return "unique"
    if np.linalg.matrix_rank(np.column_stack([A, b])) > np.linalg.matrix_rank(A):
        return "none"
    return "infinite"
