"""Your matrix seems inaccurate when the columns have large means and a small spread, as with the one-pass formula (X^T X - n x̄ x̄^T)/(n - 1), which subtracts two nearly equal large matrices. Centre the columns first, then multiply."""
# Mistake: the one-pass formula: algebraically right, but it cancels catastrophically when the
# means are large compared with the spread.
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    mean = X.mean(axis=0)
    return (X.T @ X - n * np.outer(mean, mean)) / (n - 1)
