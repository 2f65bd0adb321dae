"""Your points seem to be spread one per stratum (stratified sampling) instead of drawn independently on [a, b]: that is a variance-reduction scheme, and the plain standard error does not describe it. Use one call rng.uniform(a, b, size=n)."""
# Mistake: one uniform point in each of n equal strata of [a, b], with the plain standard error.
import numpy as np


def mc_integral(a, b, n, seed):
    rng = np.random.default_rng(seed)
    u = a + (b - a) * (np.arange(n) + rng.random(n)) / n
    f = np.exp(-(u**2) / 2.0)
    return float((b - a) * np.mean(f)), float((b - a) * np.std(f, ddof=1) / np.sqrt(n))
