# Mistake: forgets to subtract the mean: X X^T / N is the second moment, not the covariance.
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    return X @ X.T / X.shape[1]
