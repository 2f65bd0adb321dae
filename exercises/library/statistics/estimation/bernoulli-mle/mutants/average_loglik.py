"""Your log-likelihood seems to be divided by n: the task asks for the total k log p + (n - k) log(1 - p), not the average per observation."""
# Mistake: returns the average log-likelihood per observation (minus the cross-entropy)
# instead of the total log-likelihood.
import numpy as np
from scipy import special


def bernoulli_mle(x):
    x = np.asarray(x, dtype=float)
    n, k = len(x), np.sum(x)
    p = k / n
    return float(p), float((special.xlogy(k, p) + special.xlogy(n - k, 1.0 - p)) / n)
