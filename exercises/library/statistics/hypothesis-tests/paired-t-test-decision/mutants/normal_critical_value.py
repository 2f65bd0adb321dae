"""Your decisions seem to reject too often for small n, as if |t| were compared with a normal critical value (1.96): the critical value comes from t with n - 1 df."""
# Mistake: the p-value is right, but the decision compares |t| with the normal critical value
# (1.96 for alpha = 0.05) instead of the t critical value: too many rejections for small n.
import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    d = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    n = len(d)
    t = np.mean(d) / (np.std(d, ddof=1) / np.sqrt(n))
    p = 2.0 * stats.t.sf(abs(t), n - 1)
    reject = abs(t) > stats.norm.ppf(1 - alpha / 2)
    return float(t), float(p), "reject" if reject else "fail to reject"
