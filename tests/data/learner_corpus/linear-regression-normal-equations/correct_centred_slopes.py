"""correct: solves for the slopes on mean-centred features and targets, then recovers the intercept as mean(y) - mean(X) @ slopes."""
import numpy as np


def fit_linear_regression(X, y):
    """Least-squares coefficients (intercept first) of y on the columns of X."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_bar = X.mean(axis=0)
    y_bar = y.mean()
    Xc = X - x_bar
    slopes = np.linalg.solve(Xc.T @ Xc, Xc.T @ (y - y_bar))
    intercept = y_bar - x_bar @ slopes
    return np.concatenate([[intercept], slopes])
