"""Your standard error looks far too small, as if divided by n: an average of n Bernoulli trials has variance p(1 - p)/n, so its spread shrinks like 1/sqrt(n)."""
# Mistake: divides the standard deviation by n instead of sqrt(n) in the standard error.
import numpy as np


def estimate_pi(n, seed):
    rng = np.random.default_rng(seed)
    xy = rng.random((n, 2))
    p_hat = np.mean(xy[:, 0] ** 2 + xy[:, 1] ** 2 <= 1.0)
    return float(4.0 * p_hat), float(4.0 * np.sqrt(p_hat * (1.0 - p_hat)) / n)
