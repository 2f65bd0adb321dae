"""Your p-values seem to come from the normal distribution: with s estimated from the residuals, t_j follows Student's t with n - d - 1 degrees of freedom, whose heavier tails give larger p-values in small samples."""
# Mistake: 2 * norm.sf(|t|) instead of 2 * t.sf(|t|, n - d - 1).
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
    p = 2 * stats.norm.sf(np.abs(coef / se))
    tss = np.sum((y - y.mean()) ** 2)
    f = ((tss - rss) / d) / s2
    return coef, se, p, float(stats.f.sf(f, d, n - d - 1))
