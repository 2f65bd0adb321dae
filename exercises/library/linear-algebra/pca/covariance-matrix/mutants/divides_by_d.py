"""You seem to divide by the number of features D. The covariance averages over the N samples, so the factor is 1/N."""
# Mistake: divides by the number of features D instead of the number of samples N.
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc @ Xc.T / X.shape[0]
