import numpy as np


def rank(A):
    """Return the rank of A: the number of linearly independent columns (or rows)."""
    A = np.asarray(A, dtype=float)
    s = np.linalg.svd(A, compute_uv=False)
    if s.size == 0 or s[0] == 0.0:
        return 0
    tol = max(A.shape) * np.finfo(float).eps * s[0]   # relative: rounding noise is not a direction
    return int(np.sum(s > tol))
