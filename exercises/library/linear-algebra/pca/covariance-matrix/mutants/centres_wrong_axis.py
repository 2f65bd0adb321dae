"""You seem to subtract the mean of each sample (column) rather than of each feature (row). With one sample per column, mu is the average of the columns, a vector of D feature means."""
# Mistake: subtracts the mean of each SAMPLE (column) instead of the mean of each feature (row),
# the classic axis mix-up between the (D, N) and (N, D) layouts.
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0, keepdims=True)
    return Xc @ Xc.T / X.shape[1]
