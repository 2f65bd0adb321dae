import numpy as np
from scipy import special


def bernoulli_mle(x):
    """Maximum-likelihood p of a 0/1 sample x, and the log-likelihood there: (p_hat, loglik)."""
    x = np.asarray(x, dtype=float)
    # TODO: the observed frequency of ones, and k log p + (n - k) log(1 - p) at that p.
    return 0.5, 0.0
