import numpy as np
from scipy import special


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p)."""
    # log C(n, k) via log-gamma: log n! = gammaln(n + 1); no overflow for large n.
    log_coef = special.gammaln(n + 1) - special.gammaln(k + 1) - special.gammaln(n - k + 1)
    # xlogy(a, b) = a * log(b) with 0 * log(0) = 0, which handles p = 0 and p = 1.
    log_prob = special.xlogy(k, p) + special.xlogy(n - k, 1.0 - p)
    return float(np.exp(log_coef + log_prob))
