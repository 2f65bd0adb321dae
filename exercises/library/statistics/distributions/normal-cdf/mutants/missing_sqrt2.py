# Mistake: forgets the sqrt(2): Phi(z) is not (1 + erf(z)) / 2.
import numpy as np
from scipy import special


def normal_cdf(x, mu, sigma):
    z = (np.asarray(x, dtype=float) - mu) / sigma
    return (0.5 * special.erfc(-z))[()]
