"""Uses the normal distribution for n >= 30 pairs (statement: Student's t with n - 1 degrees of freedom)."""
import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    d = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    n = len(d)
    t = np.mean(d) / (np.std(d, ddof=1) / np.sqrt(n))
    p = 2 * (stats.norm.sf(abs(t)) if n >= 30 else stats.t.sf(abs(t), n - 1))
    return float(t), float(p), ("reject" if p < alpha else "fail to reject")
