"""wrong: attaches p to the n - k failures and 1 - p to the k successes, computing C(n, k) p^(n-k) (1-p)^k."""
import numpy as np
from scipy import special


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p)."""
    log_coeff = special.gammaln(n + 1) - special.gammaln(k + 1) - special.gammaln(n - k + 1)
    log_pmf = log_coeff + special.xlogy(n - k, p) + special.xlogy(k, 1 - p)
    return float(np.exp(log_pmf))
