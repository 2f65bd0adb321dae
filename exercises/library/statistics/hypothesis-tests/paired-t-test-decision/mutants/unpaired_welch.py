"""Your result looks like a two-sample test on the two columns: the measurements are paired, so test the differences after - before with a one-sample t-test."""
# Mistake: ignores the pairing and runs Welch's two-sample test on the two columns.
import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    result = stats.ttest_ind(np.asarray(after, float), np.asarray(before, float), equal_var=False)
    p = float(result.pvalue)
    return float(result.statistic), p, "reject" if p < alpha else "fail to reject"
