"""Your F-test p-value seems to use the uncentred total sum of squares, sum(y^2): the F-test compares the model with the intercept-only model, whose residual sum of squares is the centred sum((y - mean(y))^2)."""
# Mistake: TSS = sum(y**2), which credits the model with explaining the mean of y.
import numpy as np
from scipy import stats


def ols_table(data, response, predictors):
    y = np.asarray(data[response], dtype=float)
    n, d = len(y), len(predictors)
    A = np.column_stack([np.ones(n)] + [np.asarray(data[c], dtype=float) for c in predictors])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    rss = np.sum((y - A @ coef) ** 2)
    s2 = rss / (n - d - 1)
    se = np.sqrt(s2 * np.diag(np.linalg.inv(A.T @ A)))
    p = 2 * stats.t.sf(np.abs(coef / se), n - d - 1)
    tss = np.sum(y ** 2)
    f = ((tss - rss) / d) / s2
    return coef, se, p, float(stats.f.sf(f, d, n - d - 1))
