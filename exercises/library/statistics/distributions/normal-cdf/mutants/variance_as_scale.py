"""You seem to standardise with the variance sigma^2 instead of the standard deviation: z = (x - mu)/sigma."""
# Mistake: standardises with the variance sigma**2 instead of the standard deviation sigma.
import numpy as np
from scipy import special


def normal_cdf(x, mu, sigma):
    z = (np.asarray(x, dtype=float) - mu) / sigma**2
    return (0.5 * special.erfc(-z / np.sqrt(2.0)))[()]
