"""Your probability looks like one for a single draw: the mean of n draws has the smaller standard deviation sigma/sqrt(n), not sigma."""
# Mistake: uses the population standard deviation sigma for the sample mean, as if n = 1.
from scipy import stats


def clt_probability(a, b, n, mu, sigma):
    return float(stats.norm.cdf(b, mu, sigma) - stats.norm.cdf(a, mu, sigma))
