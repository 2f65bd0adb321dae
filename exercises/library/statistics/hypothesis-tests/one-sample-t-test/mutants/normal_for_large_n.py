"""Your p-value seems to come from the normal distribution once the sample is large: t follows Student's t with n - 1 degrees of freedom for every n, and even at n = 400 its tails are visibly heavier."""
# Mistake: switches to the normal distribution for "large" samples (n >= 30), a rule of thumb
# for tables, not what the test computes.
import numpy as np
from scipy import stats


def one_sample_t_test(x, mu0):
    x = np.asarray(x, dtype=float)
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))
    tail = stats.norm.sf(abs(t)) if n >= 30 else stats.t.sf(abs(t), n - 1)
    return float(t), float(2.0 * tail)
