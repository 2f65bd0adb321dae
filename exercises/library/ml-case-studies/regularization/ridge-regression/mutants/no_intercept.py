"""Your fit seems to pass through the origin, with intercept 0. Centre X and y to fit the slope, then recover b = mean(y) - mean(x)·w."""
# Mistake: fits a line through the origin: no centring and b = 0.
import numpy as np


def ridge_fit(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p = X.shape[1]
    w = np.linalg.lstsq(X.T @ X + lam * np.eye(p), X.T @ y, rcond=None)[0]
    return w, 0.0
