"""Your coefficients may be right, but the X and y you were given seem to come back centred. Subtracting the means in place (X -= ...) changes the caller's arrays; build the centred data as new arrays."""
# Mistake: centres X and y in place (np.asarray does not copy float arrays), so the caller's
# data change; the returned fit is right.
import numpy as np


def ridge_fit(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean, y_mean = X.mean(axis=0), y.mean()
    X -= x_mean
    y -= y_mean
    w = np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)
    return w, float(y_mean - x_mean @ w)
