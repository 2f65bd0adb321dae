"""Switches to the normal approximation with continuity correction for n > 1000 (statement: the exact binomial pmf, tests use n up to a few thousand)."""
import math

from scipy import special, stats


def binomial_pmf(k, n, p):
    if n > 1000 and 0 < p < 1:
        mu, sd = n * p, math.sqrt(n * p * (1 - p))
        return float(stats.norm.cdf(k + 0.5, mu, sd) - stats.norm.cdf(k - 0.5, mu, sd))
    return float(special.comb(n, k, exact=False) * p ** k * (1 - p) ** (n - k))
