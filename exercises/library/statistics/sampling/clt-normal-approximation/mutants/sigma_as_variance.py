"""Your probability looks computed as if sigma were the variance: sigma is the population standard deviation, so the standard error of the mean is sigma/sqrt(n), not sqrt(sigma/n)."""
# Mistake: treats sigma as the variance sigma^2, taking sqrt(sigma / n) as the standard error.
import numpy as np
from scipy import stats


def clt_probability(a, b, n, mu, sigma):
    se = np.sqrt(sigma / n)
    return float(stats.norm.cdf(b, mu, se) - stats.norm.cdf(a, mu, se))
