"""Your points seem to be drawn on [0, 1) instead of [a, b]: f must be averaged over points uniform on the interval of integration."""
# Mistake: draws the points on [0, 1) instead of [a, b] (rng.random), then scales by b - a.
import numpy as np


def mc_integral(a, b, n, seed):
    rng = np.random.default_rng(seed)
    f = np.exp(-(rng.random(n) ** 2) / 2.0)
    return float((b - a) * np.mean(f)), float((b - a) * np.std(f, ddof=1) / np.sqrt(n))
