"""Your cdf looks too steep, as if the sqrt(2) were missing: Phi(z) = (1 + erf(z/sqrt 2))/2, and the same z/sqrt 2 appears in the erfc form."""
# Mistake: forgets the sqrt(2): Phi(z) is not (1 + erf(z)) / 2.
import numpy as np
from scipy import special


def normal_cdf(x, mu, sigma):
    z = (np.asarray(x, dtype=float) - mu) / sigma
    return (0.5 * special.erfc(-z))[()]
