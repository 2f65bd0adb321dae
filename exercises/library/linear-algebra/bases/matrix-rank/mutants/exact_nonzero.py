# Mistake: counts every singular value that is not exactly 0. Rounding noise (1e-16) counts
# as a direction, so rank-deficient float matrices look full rank.
import numpy as np


def rank(A):
    return int(np.sum(np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False) > 0))
