"""Tests before - after, so t has the wrong sign (statement: the statistic computed from after - before)."""
import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    d = np.asarray(before, dtype=float) - np.asarray(after, dtype=float)
    result = stats.ttest_1samp(d, 0.0)
    p = float(result.pvalue)
    return float(result.statistic), p, "reject" if p < alpha else "fail to reject"
