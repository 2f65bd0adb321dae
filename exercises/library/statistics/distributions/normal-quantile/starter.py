import numpy as np
from scipy import special


def normal_quantile(q, mu, sigma):
    """The value x with P(X <= x) = q for X ~ N(mu, sigma^2), elementwise in q."""
    q = np.asarray(q, dtype=float)
    # TODO: the standard normal quantile, rescaled by mu and sigma.
    return np.full(q.shape, float(mu))[()]
