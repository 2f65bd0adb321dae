import numpy as np
from scipy import special


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p)."""
    # TODO: binomial coefficient times p**k times (1 - p)**(n - k) (mind large n).
    return 0.0
