"""Your low and high seem swapped: the quantile you use looks negative, as z at alpha/2 is; the interval uses the positive z at 1 - alpha/2."""
# Mistake: takes z = norm.ppf(alpha / 2), which is NEGATIVE, so "low" and "high" are swapped.
import numpy as np
from scipy import stats


def wald_interval(successes, n, alpha):
    p_hat = successes / n
    se = np.sqrt(p_hat * (1.0 - p_hat) / n)
    z = stats.norm.ppf(alpha / 2.0)
    return float(p_hat - z * se), float(p_hat + z * se)
