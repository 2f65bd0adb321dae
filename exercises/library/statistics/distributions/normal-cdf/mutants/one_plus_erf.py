"""Your values seem to collapse to exactly 0 far in the lower tail: 1 + erf(...) cancels in floating point there, while the complementary error function keeps relative accuracy."""
# Mistake: (1 + erf(z / sqrt 2)) / 2. Correct formula, but 1 + erf cancels to 0 in the lower
# tail (z below about -8), so small probabilities come out as exactly 0.
import numpy as np
from scipy import special


def normal_cdf(x, mu, sigma):
    z = (np.asarray(x, dtype=float) - mu) / sigma
    return (0.5 * (1.0 + special.erf(z / np.sqrt(2.0))))[()]
