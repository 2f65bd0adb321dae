"""Your statistic seems to divide each squared gap by the observed count: Pearson's chi-square divides by the expected count E_ij."""
# Mistake: divides the squared gaps by the OBSERVED counts instead of the expected ones.
import numpy as np
from scipy import stats


def chi2_independence(table):
    observed = np.asarray(table, dtype=float)
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        chi2 = np.sum((observed - expected) ** 2 / observed)
    r, c = observed.shape
    df = (r - 1) * (c - 1)
    return float(chi2), int(df), float(stats.chi2.sf(chi2, df))
