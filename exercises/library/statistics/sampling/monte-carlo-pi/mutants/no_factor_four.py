"""Your estimate looks like the fraction of points inside, about pi/4: the estimate of pi, and its standard error, are 4 times that."""
# Mistake: returns the fraction of points inside (an estimate of pi / 4), without the factor 4.
import numpy as np


def estimate_pi(n, seed):
    rng = np.random.default_rng(seed)
    xy = rng.random((n, 2))
    p_hat = np.mean(xy[:, 0] ** 2 + xy[:, 1] ** 2 <= 1.0)
    return float(p_hat), float(np.sqrt(p_hat * (1.0 - p_hat) / n))
