"""Your result looks like P(mean <= b) alone: for the interval [a, b] the probability of falling below a must be subtracted."""
# Mistake: returns P(mean <= b) and forgets to subtract P(mean < a).
import numpy as np
from scipy import stats


def clt_probability(a, b, n, mu, sigma):
    return float(stats.norm.cdf(b, mu, sigma / np.sqrt(n)))
