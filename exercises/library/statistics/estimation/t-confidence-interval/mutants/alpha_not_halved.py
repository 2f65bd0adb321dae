"""Your interval looks too narrow, as if the quantile at 1 - alpha were used: a two-sided interval leaves alpha/2 in each tail, so it takes t at 1 - alpha/2."""
# Mistake: uses the quantile 1 - alpha (a one-sided level) for a two-sided interval.
import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    x = np.asarray(x, dtype=float)
    n = len(x)
    se = np.std(x, ddof=1) / np.sqrt(n)
    t = stats.t.ppf(1.0 - alpha, n - 1)
    return float(np.mean(x) - t * se), float(np.mean(x) + t * se)
