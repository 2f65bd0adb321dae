import numpy as np
from scipy import special


def poisson_pmf(k, lam):
    """P(K = k) for K ~ Poisson(lam); k is an integer or an array of integers."""
    k = np.asarray(k)
    # TODO: lam**k * exp(-lam) / k!, computed on the log scale.
    return np.zeros(k.shape)[()]
