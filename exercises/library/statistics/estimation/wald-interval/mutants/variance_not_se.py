"""Your interval seems far too narrow, as if z multiplied the variance p(1 - p)/n: the half-width uses the standard error, its square root."""
# Mistake: forgets the square root: multiplies z by the variance p(1 - p) / n.
from scipy import stats


def wald_interval(successes, n, alpha):
    p_hat = successes / n
    var = p_hat * (1.0 - p_hat) / n
    z = stats.norm.ppf(1.0 - alpha / 2.0)
    return float(p_hat - z * var), float(p_hat + z * var)
