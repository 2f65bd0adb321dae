"""Your p-value seems to come from the normal distribution once there are many pairs: the statistic follows Student's t with n - 1 degrees of freedom for every n, and at n = 60 its tails are still visibly heavier."""
# Mistake: switches to the normal distribution for "large" samples (n >= 30).
import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    d = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    n = len(d)
    t = np.mean(d) / (np.std(d, ddof=1) / np.sqrt(n))
    tail = stats.norm.sf(abs(t)) if n >= 30 else stats.t.sf(abs(t), n - 1)
    p = 2.0 * tail
    return float(t), float(p), "reject" if p < alpha else "fail to reject"
