import numpy as np
from scipy import special


def normal_cdf(x, mu, sigma):
    """P(X <= x) for X ~ N(mu, sigma^2), elementwise, accurate in the tails."""
    z = (np.asarray(x, dtype=float) - mu) / sigma
    # erfc(-z / sqrt 2) / 2 == (1 + erf(z / sqrt 2)) / 2, without cancellation when z << 0
    return (0.5 * special.erfc(-z / np.sqrt(2.0)))[()]
