"""wrong: computes log P(K = k) on the log scale correctly but returns it without exponentiating."""
import numpy as np
from scipy import special


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p)."""
    log_coeff = special.gammaln(n + 1) - special.gammaln(k + 1) - special.gammaln(n - k + 1)
    log_pmf = log_coeff + special.xlogy(k, p) + special.xlogy(n - k, 1 - p)
    return float(log_pmf)
