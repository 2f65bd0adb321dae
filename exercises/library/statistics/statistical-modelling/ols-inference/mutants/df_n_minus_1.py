"""Your standard errors and p-values seem to use n - 1 residual degrees of freedom, as for a single sample's variance: a regression loses one degree of freedom per fitted coefficient, so it has n - d - 1."""
# Mistake: n - 1 in place of n - d - 1, in s2 and in the t and F distributions.
import numpy as np
from scipy import stats


def ols_table(data, response, predictors):
    y = np.asarray(data[response], dtype=float)
    n, d = len(y), len(predictors)
    A = np.column_stack([np.ones(n)] + [np.asarray(data[c], dtype=float) for c in predictors])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    rss = np.sum((y - A @ coef) ** 2)
    s2 = rss / (n - 1)
    se = np.sqrt(s2 * np.diag(np.linalg.inv(A.T @ A)))
    p = 2 * stats.t.sf(np.abs(coef / se), n - 1)
    tss = np.sum((y - y.mean()) ** 2)
    f = ((tss - rss) / d) / s2
    return coef, se, p, float(stats.f.sf(f, d, n - 1))
