"""Your running means seem to divide the k-th partial sum by k + 1: the mean of the first k flips divides by k (so the first value is 0 or 1)."""
# Mistake: divides the k-th partial sum by k + 1 (counting from 1 but starting the arange at 2),
# an off-by-one in the denominators.
import numpy as np


def coin_running_mean(p, n, seed):
    rng = np.random.default_rng(seed)
    flips = rng.random(n) < p
    return np.cumsum(flips) / np.arange(2, n + 2)
