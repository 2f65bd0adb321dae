"""wrong: forgets the binomial coefficient C(n, k) and returns the probability p^k (1-p)^(n-k) of one particular sequence."""
import numpy as np
from scipy import special


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p)."""
    log_pmf = special.xlogy(k, p) + special.xlog1py(n - k, -p)
    return float(np.exp(log_pmf))
