"""Your p-value looks too small for small samples, as if taken from the normal distribution: with s estimated from the data, t follows Student's t with n - 1 df, with heavier tails."""
# Mistake: takes the p-value from the standard normal distribution instead of t(n - 1).
import numpy as np
from scipy import stats


def one_sample_t_test(x, mu0):
    x = np.asarray(x, dtype=float)
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))
    return float(t), float(2.0 * stats.norm.sf(abs(t)))
