"""Uses the normal quantile z_{1-alpha/2} once n >= 30 (statement: the t quantile with n - 1 degrees of freedom)."""
import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    x = np.asarray(x, dtype=float)
    n = x.size
    m = x.mean()
    se = x.std(ddof=1) / np.sqrt(n)
    q = stats.norm.ppf(1 - alpha / 2) if n >= 30 else stats.t.ppf(1 - alpha / 2, n - 1)
    return float(m - q * se), float(m + q * se)
