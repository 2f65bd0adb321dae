"""Your rank seems to count every nonzero singular value, so rounding noise near 1e-16 makes dependent columns look independent. The rank should ignore values below a small tolerance."""
# Mistake: counts every non-zero singular value in the rank (s > 0). Rounding noise of 1e-16
# then makes every matrix look full rank.
import numpy as np


def _rank(M):
    return int(np.sum(np.linalg.svd(M, compute_uv=False) > 0))


def classify_system(A, b):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    rank_a = _rank(A)
    if _rank(np.column_stack([A, b])) > rank_a:
        return "none"
    return "unique" if rank_a == A.shape[1] else "infinite"
