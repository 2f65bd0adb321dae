"""wrong: standardises every feature to mean 0 and standard deviation 1 before solving the normal equations and returns the coefficients on that scale, not on the original features."""
import numpy as np


def fit_linear_regression(X, y):
    """Least-squares coefficients (intercept first) of y on the columns of X."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    A = np.column_stack([np.ones(Z.shape[0]), Z])
    return np.linalg.solve(A.T @ A, A.T @ y)
