"""Your estimate looks like the average of f, missing the factor b - a: the integral is (b - a) times the mean of f over uniform points, and the same factor scales the SE."""
# Mistake: returns the average of f, forgetting the factor b - a (the volume of the domain).
import numpy as np


def mc_integral(a, b, n, seed):
    rng = np.random.default_rng(seed)
    f = np.exp(-(rng.uniform(a, b, size=n) ** 2) / 2.0)
    return float(np.mean(f)), float(np.std(f, ddof=1) / np.sqrt(n))
