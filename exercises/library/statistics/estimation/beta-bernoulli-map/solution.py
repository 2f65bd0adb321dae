import numpy as np


def beta_bernoulli_map(x, a, b):
    """MAP estimate of p for 0/1 data x under a Beta(a, b) prior."""
    x = np.asarray(x, dtype=float)
    n, k = len(x), np.sum(x)
    alpha, beta = a + k, b + n - k            # the posterior is Beta(alpha, beta)
    return float((alpha - 1) / (alpha + beta - 2))
