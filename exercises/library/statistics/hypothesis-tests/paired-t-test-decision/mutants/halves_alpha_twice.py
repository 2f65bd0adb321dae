"""Your decision seems to compare the two-sided p-value with alpha/2: the p-value already counts both tails, so reject when p < alpha."""
# Mistake: the two-sided p-value is compared with alpha / 2 (splitting alpha between the tails
# a second time), so p-values between alpha / 2 and alpha are wrongly not rejected.
import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    d = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    n = len(d)
    t = np.mean(d) / (np.std(d, ddof=1) / np.sqrt(n))
    p = 2.0 * stats.t.sf(abs(t), n - 1)
    return float(t), float(p), "reject" if p < alpha / 2 else "fail to reject"
