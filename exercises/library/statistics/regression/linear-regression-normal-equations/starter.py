import numpy as np


def fit_linear_regression(X, y):
    """Least-squares coefficients (intercept first) of y on the columns of X."""
    X = np.asarray(X, dtype=float)
    # TODO: build A = [1 | X] and solve the normal equations.
    return np.zeros(X.shape[1] + 1)
