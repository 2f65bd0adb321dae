"""Your points seem not to come from a generator built from the given seed: make rng = np.random.default_rng(seed) and draw all the points from it in one call, so that the estimate can be reproduced."""
# Mistake: ignores the seed and draws from numpy's global generator.
import numpy as np


def mc_integral(a, b, n, seed):
    f = np.exp(-(np.random.uniform(a, b, size=n) ** 2) / 2.0)
    return float((b - a) * np.mean(f)), float((b - a) * np.std(f, ddof=1) / np.sqrt(n))
