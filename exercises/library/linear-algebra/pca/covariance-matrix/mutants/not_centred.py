"""You seem to skip subtracting the mean, which gives the second moment X X^T / N. Centre every sample by subtracting mu first; it matters when the means are large."""
# Mistake: forgets to subtract the mean: X X^T / N is the second moment, not the covariance.
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    return X @ X.T / X.shape[1]
