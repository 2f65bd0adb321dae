"""Centres X in place when it is a float array (statement: do not modify X)."""
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    X -= X.mean(axis=0)
    return X.T @ X / (X.shape[0] - 1)
