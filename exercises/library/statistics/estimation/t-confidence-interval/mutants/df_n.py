"""Your interval looks slightly too narrow, as if the t distribution had n degrees of freedom: estimating the mean uses one up, leaving n - 1."""
# Mistake: n degrees of freedom instead of n - 1.
import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    x = np.asarray(x, dtype=float)
    n = len(x)
    se = np.std(x, ddof=1) / np.sqrt(n)
    t = stats.t.ppf(1.0 - alpha / 2.0, n)
    return float(np.mean(x) - t * se), float(np.mean(x) + t * se)
