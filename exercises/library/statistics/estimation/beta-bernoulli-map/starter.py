import numpy as np


def beta_bernoulli_map(x, a, b):
    """MAP estimate of p for 0/1 data x under a Beta(a, b) prior."""
    x = np.asarray(x, dtype=float)
    # TODO: the mode of the posterior Beta(a + k, b + n - k).
    return 0.5
