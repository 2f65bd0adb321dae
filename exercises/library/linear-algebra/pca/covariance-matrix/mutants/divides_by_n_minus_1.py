"""You seem to divide by N - 1, the statistics estimator for a population. This task asks for the covariance of the data set itself, with the factor 1/N."""
# Mistake: divides by N - 1 (the unbiased sample estimator) although the task asks for N.
import numpy as np


def covariance(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc @ Xc.T / (X.shape[1] - 1)
