"""You seem to use the smallest and largest diagonal entries of A; the bounds depend on its eigenvalues, which differ from the diagonal entries unless A is diagonal."""
# Mistake: uses the smallest and largest diagonal entries of A instead of its eigenvalues.
import numpy as np


def gd_step_sizes(A):
    d = np.diag(np.asarray(A, dtype=float))
    lo, hi = d.min(), d.max()
    return 2.0 / hi, 2.0 / (lo + hi), (hi - lo) / (hi + lo)
