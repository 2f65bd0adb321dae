import numpy as np
from scipy import stats


def chi2_independence(table):
    """Pearson's chi-square test of independence: return (chi2, df, p-value)."""
    table = np.asarray(table, dtype=float)
    # TODO: expected counts from the margins, the statistic, the degrees of freedom, the p-value.
    return 0.0, 0, 1.0
