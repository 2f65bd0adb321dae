"""Uses E[x x^T] - mu mu^T, which cancels catastrophically for large means (statement: features may have large means; centre first)."""
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    D, N = X.shape
    mu = X.mean(axis=1)
    return X @ X.T / N - np.outer(mu, mu)
