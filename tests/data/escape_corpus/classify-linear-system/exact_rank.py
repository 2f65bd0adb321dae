"""Counts every non-zero singular value as rank, so 1e-15 rounding noise makes rank-deficient systems look consistent or unique (statement: noise of order 1e-15)."""
import numpy as np


def _rank(M):
    return int(np.count_nonzero(np.linalg.svd(M, compute_uv=False) > 0.0))


def classify_system(A, b):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float).reshape(-1, 1)
    r, rb, n = _rank(A), _rank(np.hstack([A, b])), A.shape[1]
    if rb > r:
        return "none"
    return "unique" if r == n else "infinite"
