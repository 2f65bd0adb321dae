"""Your interval looks slightly too narrow, as if s divided by n: the sample standard deviation uses n - 1 in its denominator."""
# Mistake: np.std's default ddof=0 in the standard error.
import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    x = np.asarray(x, dtype=float)
    n = len(x)
    se = np.std(x) / np.sqrt(n)
    t = stats.t.ppf(1.0 - alpha / 2.0, n - 1)
    return float(np.mean(x) - t * se), float(np.mean(x) + t * se)
