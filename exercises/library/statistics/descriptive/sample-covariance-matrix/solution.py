import numpy as np


def covariance_matrix(X):
    """Sample covariance matrix (d x d, denominator n - 1) of the n x d data matrix X."""
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    Xc = X - X.mean(axis=0)          # a new array: the caller's X is untouched
    return Xc.T @ Xc / (n - 1)
