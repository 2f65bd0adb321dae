"""You seem to scale the standard quantile by the variance sigma^2 instead of the standard deviation: F^(-1)(q) = mu + sigma·z_q."""
# Mistake: multiplies the standard quantile by the variance sigma**2 instead of sigma.
import numpy as np
from scipy import special


def normal_quantile(q, mu, sigma):
    return (mu + sigma**2 * special.ndtri(np.asarray(q, dtype=float)))[()]
