import numpy as np
from scipy import special


def normal_quantile(q, mu, sigma):
    """The value x with P(X <= x) = q for X ~ N(mu, sigma^2), elementwise in q."""
    z = special.ndtri(np.asarray(q, dtype=float))   # standard normal quantile: Phi(z) = q
    return (mu + sigma * z)[()]
