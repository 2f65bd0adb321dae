"""wrong: forgets the column of ones, fitting a model through the origin (A = X), and pads the answer with a zero intercept."""
import numpy as np


def fit_linear_regression(X, y):
    """Least-squares coefficients (intercept first) of y on the columns of X."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    slopes = np.linalg.solve(X.T @ X, X.T @ y)
    return np.concatenate([[0.0], slopes])
