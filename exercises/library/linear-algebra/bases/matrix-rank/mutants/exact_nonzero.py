"""Your rank seems too high for dependent columns: you probably count every singular value that is not exactly zero. Rounding leaves values near 1e-16 that must be treated as zero."""
# Mistake: counts every singular value that is not exactly 0. Rounding noise (1e-16) counts
# as a direction, so rank-deficient float matrices look full rank.
import numpy as np


def rank(A):
    return int(np.sum(np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False) > 0))
