"""Your standard error looks like sigma/n: the variance of the mean is sigma^2/n, so its standard deviation is sigma/sqrt(n)."""
# Mistake: takes sigma / n as the standard error (mixing up the variance sigma^2 / n with the
# standard deviation sigma / sqrt(n)).
from scipy import stats


def clt_probability(a, b, n, mu, sigma):
    se = sigma / n
    return float(stats.norm.cdf(b, mu, se) - stats.norm.cdf(a, mu, se))
