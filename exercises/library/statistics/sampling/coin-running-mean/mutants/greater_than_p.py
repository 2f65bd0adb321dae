"""Your flips seem to be heads with probability 1 - p: a uniform U in [0, 1) satisfies P(U < p) = p, so heads is U below p."""
# Mistake: heads when u > p, which happens with probability 1 - p, not p.
import numpy as np


def coin_running_mean(p, n, seed):
    rng = np.random.default_rng(seed)
    flips = rng.random(n) > p
    return np.cumsum(flips) / np.arange(1, n + 1)
