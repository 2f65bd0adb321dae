"""wrong: uses k * np.log(p) and (n - k) * np.log(1 - p) instead of xlogy, so p = 0 or p = 1 gives 0 * (-inf) = nan instead of applying the convention 0 log 0 = 0."""
import numpy as np
from scipy import special


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p)."""
    log_coeff = special.gammaln(n + 1) - special.gammaln(k + 1) - special.gammaln(n - k + 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_pmf = log_coeff + k * np.log(p) + (n - k) * np.log(1 - p)
    return float(np.exp(log_pmf))
