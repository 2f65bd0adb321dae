"""Your weights seem to miss the intercept, d values instead of d + 1: the design matrix starts with a column of ones, and w_0 is returned first."""
# Mistake: no column of ones: the model has no intercept (and d weights instead of d + 1).
import numpy as np


def logistic_regression_gd(X, y, lr, steps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        w = w - lr * X.T @ (p - y) / len(y)
    return w
