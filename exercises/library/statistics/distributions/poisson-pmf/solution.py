import numpy as np
from scipy import special


def poisson_pmf(k, lam):
    """P(K = k) for K ~ Poisson(lam); k is an integer or an array of integers."""
    k = np.asarray(k, dtype=float)
    # k*log(lam) with 0*log(0) = 0, minus lam, minus log(k!) = gammaln(k + 1)
    log_pmf = special.xlogy(k, lam) - lam - special.gammaln(k + 1)
    return np.exp(log_pmf)[()]   # a 0-d array becomes a plain number
