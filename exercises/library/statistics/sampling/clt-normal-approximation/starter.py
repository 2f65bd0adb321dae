import numpy as np
from scipy import stats


def clt_probability(a, b, n, mu, sigma):
    """CLT approximation of P(a <= mean of n draws <= b) for a population with mean mu, sd sigma."""
    # TODO: the standard error of the mean, then the normal probability of [a, b].
    return 0.0
