import numpy as np


def covariance_matrix(X):
    """Sample covariance matrix (d x d, denominator n - 1) of the n x d data matrix X."""
    X = np.asarray(X, dtype=float)
    d = X.shape[1]
    # TODO: centre the columns, then multiply the centred data by itself.
    return np.zeros((d, d))
