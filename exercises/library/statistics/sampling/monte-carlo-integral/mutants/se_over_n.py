"""Your standard error looks far too small, as if divided by n: the standard error is (b - a) s_f / sqrt(n), shrinking only like 1/sqrt(n)."""
# Mistake: divides by n instead of sqrt(n) in the standard error.
import numpy as np


def mc_integral(a, b, n, seed):
    rng = np.random.default_rng(seed)
    f = np.exp(-(rng.uniform(a, b, size=n) ** 2) / 2.0)
    return float((b - a) * np.mean(f)), float((b - a) * np.std(f, ddof=1) / n)
