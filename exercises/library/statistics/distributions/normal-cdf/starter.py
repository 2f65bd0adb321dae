import numpy as np
from scipy import special


def normal_cdf(x, mu, sigma):
    """P(X <= x) for X ~ N(mu, sigma^2), elementwise, accurate in the tails."""
    x = np.asarray(x, dtype=float)
    # TODO: standardise, then use the (complementary) error function.
    return np.full(x.shape, 0.5)[()]
