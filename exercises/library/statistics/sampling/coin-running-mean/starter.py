import numpy as np


def coin_running_mean(p, n, seed):
    """Running proportion of heads over n seeded Bernoulli(p) flips (an array of length n)."""
    rng = np.random.default_rng(seed)
    # TODO: flips = rng.random(n) < p, then the mean of the first k flips for every k.
    return np.zeros(n)
