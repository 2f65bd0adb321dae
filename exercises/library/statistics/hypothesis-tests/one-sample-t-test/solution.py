import numpy as np
from scipy import stats


def one_sample_t_test(x, mu0):
    """One-sample t-test of H0: mean = mu0. Return (t statistic, two-sided p-value)."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    se = np.std(x, ddof=1) / np.sqrt(n)
    t = (np.mean(x) - mu0) / se
    p = 2.0 * stats.t.sf(abs(t), n - 1)
    return float(t), float(p)
