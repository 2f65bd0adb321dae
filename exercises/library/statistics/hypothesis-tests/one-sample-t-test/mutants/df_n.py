"""Your p-value looks slightly too small, as if the t distribution had n degrees of freedom: under H0 the statistic follows t with n - 1."""
# Mistake: n degrees of freedom instead of n - 1.
import numpy as np
from scipy import stats


def one_sample_t_test(x, mu0):
    x = np.asarray(x, dtype=float)
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))
    return float(t), float(2.0 * stats.t.sf(abs(t), n))
