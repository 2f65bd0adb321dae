"""wrong: fits the slopes correctly on centred data but takes the intercept as mean(y), forgetting to subtract mean(X) @ slopes."""
import numpy as np


def fit_linear_regression(X, y):
    """Least-squares coefficients (intercept first) of y on the columns of X."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    slopes = np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
    return np.concatenate([[y.mean()], slopes])
