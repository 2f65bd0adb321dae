"""Your estimate looks like the posterior mean (k + a)/(n + a + b); the MAP estimate is the posterior mode, (k + a - 1)/(n + a + b - 2)."""
# Mistake: returns the posterior MEAN (k + a) / (n + a + b) instead of the posterior mode.
import numpy as np


def beta_bernoulli_map(x, a, b):
    x = np.asarray(x, dtype=float)
    return float((np.sum(x) + a) / (len(x) + a + b))
