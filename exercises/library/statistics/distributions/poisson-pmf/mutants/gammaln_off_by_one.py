"""Your probabilities look k times too large (and 0 at k = 0), as if log Gamma(k) stood for log k!; note that k! = Gamma(k + 1)."""
# Mistake: uses gammaln(k) for log(k!); but Gamma(k) = (k - 1)!, so the pmf is k times too big
# (and gammaln(0) is inf, so P(K = 0) comes out 0).
import numpy as np
from scipy import special


def poisson_pmf(k, lam):
    k = np.asarray(k, dtype=float)
    return np.exp(special.xlogy(k, lam) - lam - special.gammaln(k))[()]
