"""Your model seems to use every column of data but the response, in the data's order: only the columns listed in predictors enter the design, in the order of that list."""
# Mistake: ignores `predictors` and regresses on all the other columns, in the dict's order.
import numpy as np
from scipy import stats


def ols_table(data, response, predictors):
    y = np.asarray(data[response], dtype=float)
    names = [c for c in data if c != response]
    n, d = len(y), len(names)
    A = np.column_stack([np.ones(n)] + [np.asarray(data[c], dtype=float) for c in names])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    rss = np.sum((y - A @ coef) ** 2)
    s2 = rss / (n - d - 1)
    se = np.sqrt(s2 * np.diag(np.linalg.inv(A.T @ A)))
    p = 2 * stats.t.sf(np.abs(coef / se), n - d - 1)
    tss = np.sum((y - y.mean()) ** 2)
    f = ((tss - rss) / d) / s2
    return coef, se, p, float(stats.f.sf(f, d, n - d - 1))
