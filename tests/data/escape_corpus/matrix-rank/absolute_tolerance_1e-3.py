"""Uses the absolute threshold sigma > 1e-3, which drops real directions of matrices with entries near 1e-3 (statement: entries as small as about 1e-3)."""
import numpy as np


def rank(A):
    A = np.asarray(A, dtype=float)
    sigma = np.linalg.svd(A, compute_uv=False)
    return int((sigma > 1e-3).sum())
