"""You seem to multiply the diagonal entries of A itself. That only gives det A for a triangular matrix, so eliminate down to triangular form first."""
# Mistake: multiplies the diagonal entries of A itself, which is only right for triangular A.
import numpy as np


def determinant(A):
    return float(np.prod(np.diag(np.asarray(A, dtype=float))))
