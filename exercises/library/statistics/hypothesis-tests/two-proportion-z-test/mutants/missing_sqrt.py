"""Your z looks far too large, as if the difference were divided by a variance: divide by the standard error, the square root of p(1 - p)(1/n1 + 1/n2)."""
# Mistake: divides by the variance of the difference instead of its standard deviation.
from scipy import stats


def two_proportion_z(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)
    z = (p1 - p2) / (pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return float(z), float(2.0 * stats.norm.sf(abs(z)))
