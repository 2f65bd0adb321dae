import numpy as np
from scipy import stats


def wald_interval(successes, n, alpha):
    """Wald confidence interval (low, high) of level 1 - alpha for a proportion."""
    p_hat = successes / n
    se = np.sqrt(p_hat * (1.0 - p_hat) / n)
    z = stats.norm.ppf(1.0 - alpha / 2.0)        # alpha / 2 in each tail
    return float(p_hat - z * se), float(p_hat + z * se)
