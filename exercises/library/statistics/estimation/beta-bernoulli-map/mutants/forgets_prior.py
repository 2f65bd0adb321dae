"""Your estimate looks like the maximum-likelihood k/n, ignoring the prior: the posterior is Beta(a + k, b + n - k), and its mode pulls k/n towards the prior."""
# Mistake: ignores the prior and returns the maximum-likelihood estimate k / n.
import numpy as np


def beta_bernoulli_map(x, a, b):
    x = np.asarray(x, dtype=float)
    return float(np.sum(x) / len(x))
