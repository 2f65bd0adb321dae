"""Your points seem to come in mirrored pairs u and a + b - u: such points are not independent, so the plain standard error does not describe the estimate. Draw all n points independently with rng.uniform(a, b, size=n)."""
# Mistake: antithetic sampling: n / 2 uniform points and their mirror images, with the plain
# standard error.
import numpy as np


def mc_integral(a, b, n, seed):
    rng = np.random.default_rng(seed)
    half = rng.uniform(a, b, size=n // 2)
    u = np.concatenate([half, a + b - half])
    f = np.exp(-(u**2) / 2.0)
    return float((b - a) * np.mean(f)), float((b - a) * np.std(f, ddof=1) / np.sqrt(len(u)))
