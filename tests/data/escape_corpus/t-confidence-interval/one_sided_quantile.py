"""Uses t_{1-alpha} instead of t_{1-alpha/2} (statement: the two-sided interval with t_{1 - alpha/2, n - 1})."""
import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    x = np.asarray(x, dtype=float)
    n = len(x)
    half = stats.t.ppf(1 - alpha, n - 1) * np.std(x, ddof=1) / np.sqrt(n)
    return float(np.mean(x) - half), float(np.mean(x) + half)
