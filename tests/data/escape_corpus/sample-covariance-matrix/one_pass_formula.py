"""Uses (sum x x^T - n mean mean^T) / (n - 1), which cancels catastrophically when the means are large compared with the spread (classic unstable one-pass formula)."""
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    mean = X.mean(axis=0)
    return (X.T @ X - n * np.outer(mean, mean)) / (n - 1)
