import numpy as np


def covariance(X):
    """Return the (D, D) covariance (dividing by N) of the data X of shape (D, N), one sample per column."""
    X = np.asarray(X, dtype=float)
    N = X.shape[1]
    mu = X.mean(axis=1, keepdims=True)   # the mean sample, shape (D, 1)
    Xc = X - mu                          # centre every sample
    return Xc @ Xc.T / N
