"""Your answers seem to use eigenvalues that are not the extreme ones, as if the first and last computed eigenvalues were the smallest and largest: they need not come sorted."""
# Mistake: takes the first and last entries of np.linalg.eigvals(A) as the smallest and largest
# eigenvalues, but eigvals does not sort them.
import numpy as np


def gd_step_sizes(A):
    lam = np.real(np.linalg.eigvals(np.asarray(A, dtype=float)))
    lo, hi = lam[0], lam[-1]
    return 2.0 / hi, 2.0 / (lo + hi), (hi - lo) / (hi + lo)
