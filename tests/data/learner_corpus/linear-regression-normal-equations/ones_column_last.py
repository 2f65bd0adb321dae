"""wrong: appends the column of ones after the features, A = [X | 1], so the intercept comes out last instead of first."""
import numpy as np


def fit_linear_regression(X, y):
    """Least-squares coefficients (intercept first) of y on the columns of X."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([X, np.ones(X.shape[0])])
    return np.linalg.solve(A.T @ A, A.T @ y)
