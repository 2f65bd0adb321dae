"""Your matrix may be right, but the data X you were given seem to have been centred in place: compute the centred data as a new array and leave X unchanged."""
# Mistake: centres the data in place, overwriting the caller's array
# (np.asarray does not copy a float array). The returned matrix is right.
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    X -= X.mean(axis=0)
    return X.T @ X / (X.shape[0] - 1)
