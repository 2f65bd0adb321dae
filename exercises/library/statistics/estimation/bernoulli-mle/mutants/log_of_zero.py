"""Your log-likelihood seems to be nan when all observations are equal: the terms 0 · log 0 have limit 0, so they should contribute nothing."""
# Mistake: k * log(p) with numpy's log: when all flips are equal, 0 * log(0) = 0 * -inf = nan.
import numpy as np


def bernoulli_mle(x):
    x = np.asarray(x, dtype=float)
    n, k = len(x), np.sum(x)
    p = k / n
    return float(p), float(k * np.log(p) + (n - k) * np.log(1.0 - p))
