# Mistake: uses *, numpy's elementwise product, instead of the matrix product.
import numpy as np


def matmul(A, B):
    return np.asarray(A, dtype=float) * np.asarray(B, dtype=float)
