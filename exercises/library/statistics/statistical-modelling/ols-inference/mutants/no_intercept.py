"""Your table seems to have no intercept (d coefficients instead of d + 1): the design matrix starts with a column of ones, so that the intercept is fitted, reported first and counted in the degrees of freedom."""
# Mistake: no column of ones: a regression through the origin.
import numpy as np
from scipy import stats


def ols_table(data, response, predictors):
    y = np.asarray(data[response], dtype=float)
    n, d = len(y), len(predictors)
    A = np.column_stack([np.asarray(data[c], dtype=float) for c in predictors])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    rss = np.sum((y - A @ coef) ** 2)
    s2 = rss / (n - d)
    se = np.sqrt(s2 * np.diag(np.linalg.inv(A.T @ A)))
    p = 2 * stats.t.sf(np.abs(coef / se), n - d)
    tss = np.sum((y - y.mean()) ** 2)
    f = ((tss - rss) / d) / s2
    return coef, se, p, float(stats.f.sf(f, d, n - d))
