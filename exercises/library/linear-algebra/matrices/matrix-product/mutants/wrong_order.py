"""You seem to compute BA instead of AB. Order matters for matrices: entry (i, k) of AB pairs row i of A with column k of B."""
# Mistake: multiplies in the wrong order, BA instead of AB.
import numpy as np


def matmul(A, B):
    return np.asarray(B, dtype=float) @ np.asarray(A, dtype=float)
