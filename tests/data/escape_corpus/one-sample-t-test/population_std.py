"""Uses the population standard deviation (divides by n) in the standard error (statement: s with n - 1)."""
import numpy as np
from scipy import stats


def one_sample_t_test(x, mu0):
    x = np.asarray(x, dtype=float)
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x) / np.sqrt(n))
    p = 2 * (1 - stats.t.cdf(abs(t), n - 1))
    return float(t), float(p)
