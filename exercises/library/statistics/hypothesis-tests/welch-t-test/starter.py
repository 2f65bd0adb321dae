import numpy as np
from scipy import stats


def welch_t_test(a, b):
    """Welch's two-sample t-test: return (t, degrees of freedom, two-sided p-value)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    # TODO: compute the statistic, the Welch-Satterthwaite degrees of freedom and the p-value.
    t = 0.0
    df = len(a) + len(b) - 2
    p = 1.0
    return t, df, p
