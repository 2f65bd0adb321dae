import numpy as np
from scipy import stats


def ols_table(data, response, predictors):
    """OLS of data[response] on an intercept and data[p] for p in predictors: returns
    (coef, se, p, f_pvalue), the intercept first."""
    y = np.asarray(data[response], dtype=float)
    n, d = len(y), len(predictors)
    A = np.column_stack([np.ones(n)] + [np.asarray(data[c], dtype=float) for c in predictors])

    coef, *_ = np.linalg.lstsq(A, y, rcond=None)       # least squares, stabler than inv(A^T A)
    residuals = y - A @ coef
    rss = residuals @ residuals
    df_resid = n - d - 1                                # one degree of freedom per coefficient
    s2 = rss / df_resid                                 # unbiased residual variance
    se = np.sqrt(s2 * np.diag(np.linalg.inv(A.T @ A)))

    t = coef / se
    p = 2 * stats.t.sf(np.abs(t), df_resid)             # two-sided, Student's t

    tss = np.sum((y - y.mean()) ** 2)                   # centred: against the intercept-only model
    f = ((tss - rss) / d) / s2
    f_pvalue = stats.f.sf(f, d, df_resid)
    return coef, se, p, float(f_pvalue)
