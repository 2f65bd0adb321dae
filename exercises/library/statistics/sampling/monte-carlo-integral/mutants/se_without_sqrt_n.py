"""Your standard error looks like the spread of a single term, (b - a) s_f: an average of n points is sqrt(n) times more precise, so it is divided by sqrt(n)."""
# Mistake: reports the standard deviation of one term, (b - a) * s_f, as the standard error,
# forgetting to divide by sqrt(n).
import numpy as np


def mc_integral(a, b, n, seed):
    rng = np.random.default_rng(seed)
    f = np.exp(-(rng.uniform(a, b, size=n) ** 2) / 2.0)
    return float((b - a) * np.mean(f)), float((b - a) * np.std(f, ddof=1))
