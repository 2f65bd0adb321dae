"""Leaves the factor (b - a) out of the standard error (statement: SE = (b - a) s_f / sqrt n)."""
import numpy as np


def mc_integral(a, b, n, seed):
    rng = np.random.default_rng(seed)
    fu = np.exp(-rng.uniform(a, b, size=n) ** 2 / 2)
    return float((b - a) * fu.mean()), float(fu.std(ddof=1) / np.sqrt(n))
