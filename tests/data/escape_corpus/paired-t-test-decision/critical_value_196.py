"""Decides with |t| > 1.96, the normal critical value (statement: reject when p < alpha; the t critical value is larger than 1.96 for small samples)."""
import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    d = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    n = d.size
    t = d.mean() / (d.std(ddof=1) / np.sqrt(n))
    p = 2 * stats.t.sf(abs(t), n - 1)
    z = stats.norm.ppf(1 - alpha / 2)
    return float(t), float(p), "reject" if abs(t) > z else "fail to reject"
