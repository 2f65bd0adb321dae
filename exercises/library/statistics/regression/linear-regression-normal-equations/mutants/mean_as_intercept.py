"""Your intercept looks like the mean of y, with slopes fitted through the origin: that only works when every feature has mean zero, so fit intercept and slopes together."""
# Mistake: fits the slopes without an intercept column, then uses mean(y) as the intercept.
# Only right when every feature has mean zero.
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    slopes = np.linalg.solve(X.T @ X, X.T @ y)
    return np.concatenate([[np.mean(y)], slopes])
