"""Your numbers seem not to come from a generator seeded with the given seed: build the generator from the seed and draw all the points in one call, so the result can be reproduced."""
# Mistake: ignores the seed argument and draws from numpy's global generator, so the
# result cannot be reproduced from the seed.
import numpy as np


def estimate_pi(n, seed):
    xy = np.random.random((n, 2))
    p_hat = np.mean(xy[:, 0] ** 2 + xy[:, 1] ** 2 <= 1.0)
    return float(4.0 * p_hat), float(4.0 * np.sqrt(p_hat * (1.0 - p_hat) / n))
