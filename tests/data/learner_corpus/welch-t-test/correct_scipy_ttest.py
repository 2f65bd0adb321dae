"""correct: takes t and the p-value from scipy.stats.ttest_ind(a, b, equal_var=False) and computes the Welch-Satterthwaite df from the formula."""
import numpy as np
from scipy import stats


def welch_t_test(a, b):
    """Welch's two-sample t-test: return (t, degrees of freedom, two-sided p-value)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    res = stats.ttest_ind(a, b, equal_var=False)
    qa = a.var(ddof=1) / a.size
    qb = b.var(ddof=1) / b.size
    df = (qa + qb) ** 2 / (qa ** 2 / (a.size - 1) + qb ** 2 / (b.size - 1))
    return float(res.statistic), float(df), float(res.pvalue)
