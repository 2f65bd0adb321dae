import numpy as np


def coin_running_mean(p, n, seed):
    """Running proportion of heads over n seeded Bernoulli(p) flips (an array of length n)."""
    rng = np.random.default_rng(seed)
    flips = rng.random(n) < p                        # heads with probability p
    return np.cumsum(flips) / np.arange(1, n + 1)    # mean of the first k flips, k = 1..n
