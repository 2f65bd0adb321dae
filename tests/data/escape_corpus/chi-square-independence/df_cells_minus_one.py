"""Uses r*c - 1 degrees of freedom, as for a goodness-of-fit test (statement: (r - 1)(c - 1))."""
import numpy as np
from scipy import stats


def chi2_independence(table):
    O = np.asarray(table, dtype=float)
    E = np.outer(O.sum(axis=1), O.sum(axis=0)) / O.sum()
    chi2 = float(((O - E) ** 2 / E).sum())
    df = O.size - 1
    return chi2, df, float(stats.chi2.sf(chi2, df))
