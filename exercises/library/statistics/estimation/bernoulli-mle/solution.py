import numpy as np
from scipy import special


def bernoulli_mle(x):
    """Maximum-likelihood p of a 0/1 sample x, and the log-likelihood there: (p_hat, loglik)."""
    x = np.asarray(x, dtype=float)
    n, k = len(x), np.sum(x)
    p = k / n
    # xlogy(a, b) = a * log(b), with 0 * log(0) = 0 when all flips are equal
    loglik = special.xlogy(k, p) + special.xlogy(n - k, 1.0 - p)
    return float(p), float(loglik)
