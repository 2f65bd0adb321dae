"""Your rank seems too low for full-rank matrices with small entries (about 1e-3): a fixed threshold such as 1e-3 throws away singular values that are small only because the whole matrix is small. Compare with a tolerance relative to the largest singular value (or a much smaller one)."""
# Mistake: counts singular values above the absolute threshold 1e-3, which drops real
# directions of a matrix whose entries are themselves about 1e-3.
import numpy as np


def rank(A):
    return int(np.sum(np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False) > 1e-3))
