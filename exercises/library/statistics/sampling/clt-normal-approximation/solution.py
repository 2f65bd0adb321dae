import numpy as np
from scipy import stats


def clt_probability(a, b, n, mu, sigma):
    """CLT approximation of P(a <= mean of n draws <= b) for a population with mean mu, sd sigma."""
    se = sigma / np.sqrt(n)                      # standard deviation of the sample mean
    return float(stats.norm.cdf(b, loc=mu, scale=se) - stats.norm.cdf(a, loc=mu, scale=se))
