"""Bisects Phi(z) = q on [-6, 6], which cannot reach z = -7.03 for q = 1e-12 (statement: q as small as 1e-12)."""
import numpy as np
from scipy import special


def _z(q):
    lo, hi = -6.0, 6.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if 0.5 * special.erfc(-mid / np.sqrt(2.0)) < q:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def normal_quantile(q, mu, sigma):
    q = np.asarray(q, dtype=float)
    z = np.vectorize(_z)(q)
    return (mu + sigma * z)[()]
