import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    """Paired t-test on after - before: return (t, two-sided p-value, "reject" or "fail to reject")."""
    d = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    n = len(d)
    t = np.mean(d) / (np.std(d, ddof=1) / np.sqrt(n))
    p = 2.0 * stats.t.sf(abs(t), n - 1)
    decision = "reject" if p < alpha else "fail to reject"
    return float(t), float(p), decision
