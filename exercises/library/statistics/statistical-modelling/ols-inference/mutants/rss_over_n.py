"""Your standard errors look too small by a factor sqrt((n - d - 1)/n): the residual variance divides RSS by the residual degrees of freedom n - d - 1, not by n (that is the maximum-likelihood estimate, biased downwards)."""
# Mistake: s2 = RSS / n.
import numpy as np
from scipy import stats


def ols_table(data, response, predictors):
    y = np.asarray(data[response], dtype=float)
    n, d = len(y), len(predictors)
    A = np.column_stack([np.ones(n)] + [np.asarray(data[c], dtype=float) for c in predictors])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    rss = np.sum((y - A @ coef) ** 2)
    s2 = rss / n
    se = np.sqrt(s2 * np.diag(np.linalg.inv(A.T @ A)))
    p = 2 * stats.t.sf(np.abs(coef / se), n - d - 1)
    tss = np.sum((y - y.mean()) ** 2)
    f = ((tss - rss) / d) / (rss / (n - d - 1))
    return coef, se, p, float(stats.f.sf(f, d, n - d - 1))
