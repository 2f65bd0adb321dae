import numpy as np
from scipy import stats


def paired_t_test(before, after, alpha):
    """Paired t-test on after - before: return (t, two-sided p-value, "reject" or "fail to reject")."""
    d = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    # TODO: one-sample t-test of the differences, then the decision at level alpha.
    return 0.0, 1.0, "fail to reject"
