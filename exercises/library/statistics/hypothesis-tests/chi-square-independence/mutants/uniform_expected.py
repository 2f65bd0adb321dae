"""Your expected counts seem equal in every cell, N/(r c): under independence each cell expects its row total times its column total over N."""
# Mistake: expects every cell to hold N / (r c) observations (a uniform table), ignoring the margins.
import numpy as np
from scipy import stats


def chi2_independence(table):
    observed = np.asarray(table, dtype=float)
    expected = observed.sum() / observed.size
    chi2 = np.sum((observed - expected) ** 2 / expected)
    r, c = observed.shape
    df = (r - 1) * (c - 1)
    return float(chi2), int(df), float(stats.chi2.sf(chi2, df))
