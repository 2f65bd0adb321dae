import numpy as np


def fit_linear_regression(X, y):
    """Least-squares coefficients (intercept first) of y on the columns of X."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])        # design matrix: intercept column first
    return np.linalg.solve(A.T @ A, A.T @ y)        # normal equations A^T A beta = A^T y
