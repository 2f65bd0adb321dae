"""Your t looks slightly too large, as if the standard deviation divided by n: the sample standard deviation s uses n - 1."""
# Mistake: the standard deviation with ddof=0 (np.std's default): t comes out too large.
import numpy as np
from scipy import stats


def one_sample_t_test(x, mu0):
    x = np.asarray(x, dtype=float)
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x) / np.sqrt(n))
    return float(t), float(2.0 * stats.t.sf(abs(t), n - 1))
