import numpy as np
from scipy import stats


def one_sample_t_test(x, mu0):
    """One-sample t-test of H0: mean = mu0. Return (t statistic, two-sided p-value)."""
    x = np.asarray(x, dtype=float)
    # TODO: the t statistic with the sample standard deviation, then the p-value from t(n - 1).
    return 0.0, 1.0
