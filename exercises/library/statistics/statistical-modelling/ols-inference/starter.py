import numpy as np
from scipy import stats


def ols_table(data, response, predictors):
    """OLS of data[response] on an intercept and data[p] for p in predictors: returns
    (coef, se, p, f_pvalue), the intercept first."""
    y = np.asarray(data[response], dtype=float)
    k = len(predictors) + 1
    # TODO: design matrix, coefficients, residual variance, standard errors, t- and F-tests.
    return np.zeros(k), np.zeros(k), np.ones(k), 1.0
