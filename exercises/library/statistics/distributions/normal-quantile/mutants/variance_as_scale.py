# Mistake: multiplies the standard quantile by the variance sigma**2 instead of sigma.
import numpy as np
from scipy import special


def normal_quantile(q, mu, sigma):
    return (mu + sigma**2 * special.ndtri(np.asarray(q, dtype=float)))[()]
