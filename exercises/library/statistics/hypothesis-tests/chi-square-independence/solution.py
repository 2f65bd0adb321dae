import numpy as np
from scipy import stats


def chi2_independence(table):
    """Pearson's chi-square test of independence: return (chi2, df, p-value)."""
    observed = np.asarray(table, dtype=float)
    total = observed.sum()
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / total
    chi2 = np.sum((observed - expected) ** 2 / expected)
    r, c = observed.shape
    df = (r - 1) * (c - 1)
    p = stats.chi2.sf(chi2, df)
    return float(chi2), int(df), float(p)
