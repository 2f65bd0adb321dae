"""Your coefficients look right but in the wrong order, with the intercept last: the answer lists beta_0 first, then beta_1, ..., beta_d."""
# Mistake: appends the column of ones at the end, so the intercept comes out LAST.
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([X, np.ones(len(X))])
    return np.linalg.solve(A.T @ A, A.T @ y)
