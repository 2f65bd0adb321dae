"""Uses 0.5 * (1 + erf(z / sqrt 2)), which rounds far left-tail probabilities to 0 (statement: relative error below 1e-7 down to 1e-190)."""
import numpy as np
from scipy import special


def normal_cdf(x, mu, sigma):
    z = (np.asarray(x, dtype=float) - mu) / sigma
    return (0.5 * (1.0 + special.erf(z / np.sqrt(2.0))))[()]
