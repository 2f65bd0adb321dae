"""Your degrees of freedom look like r·c - 1: once the row and column totals are fixed only (r - 1)(c - 1) cells are free."""
# Mistake: r * c - 1 degrees of freedom (the goodness-of-fit count) instead of (r - 1)(c - 1).
import numpy as np
from scipy import stats


def chi2_independence(table):
    observed = np.asarray(table, dtype=float)
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
    chi2 = np.sum((observed - expected) ** 2 / expected)
    df = observed.size - 1
    return float(chi2), int(df), float(stats.chi2.sf(chi2, df))
