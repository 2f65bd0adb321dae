"""Your standard errors seem to be variances: the diagonal of s^2 (A^T A)^-1 holds the variances of the coefficients, and the standard errors are their square roots."""
# Mistake: forgets the square root (and uses the variances in the t statistics).
import numpy as np
from scipy import stats


def ols_table(data, response, predictors):
    y = np.asarray(data[response], dtype=float)
    n, d = len(y), len(predictors)
    A = np.column_stack([np.ones(n)] + [np.asarray(data[c], dtype=float) for c in predictors])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    rss = np.sum((y - A @ coef) ** 2)
    s2 = rss / (n - d - 1)
    se = s2 * np.diag(np.linalg.inv(A.T @ A))
    p = 2 * stats.t.sf(np.abs(coef / se), n - d - 1)
    tss = np.sum((y - y.mean()) ** 2)
    f = ((tss - rss) / d) / s2
    return coef, se, p, float(stats.f.sf(f, d, n - d - 1))
