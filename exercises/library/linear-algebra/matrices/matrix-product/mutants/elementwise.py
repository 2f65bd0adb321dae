"""You seem to multiply matching entries of A and B. In AB each entry is a dot product of a row of A with a column of B, and the result has shape (m, p)."""
# Mistake: uses *, numpy's elementwise product, instead of the matrix product.
import numpy as np


def matmul(A, B):
    return np.asarray(A, dtype=float) * np.asarray(B, dtype=float)
