"""Your coefficient p-values look half the expected ones: the test of beta_j = 0 is two-sided (a coefficient far from zero on either side is evidence), p = 2 P(T >= |t|)."""
# Mistake: one-sided p-values t.sf(|t|, df).
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
    p = stats.t.sf(np.abs(coef / se), n - d - 1)
    tss = np.sum((y - y.mean()) ** 2)
    f = ((tss - rss) / d) / s2
    return coef, se, p, float(stats.f.sf(f, d, n - d - 1))
