import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    """Two-sided t confidence interval (low, high) of level 1 - alpha for the mean of x."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    m = np.mean(x)
    se = np.std(x, ddof=1) / np.sqrt(n)
    t = stats.t.ppf(1.0 - alpha / 2.0, n - 1)
    return float(m - t * se), float(m + t * se)
