"""Your running means seem to divide every partial sum by the total n: the mean after k flips divides the sum of the first k flips by k."""
# Mistake: divides every partial sum by the total number of flips n instead of by k.
import numpy as np


def coin_running_mean(p, n, seed):
    rng = np.random.default_rng(seed)
    flips = rng.random(n) < p
    return np.cumsum(flips) / n
