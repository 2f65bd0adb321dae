"""You seem to subtract each row's mean; the rows are observations, so centre each column (variable) by its own mean across the observations."""
# Mistake: subtracts the mean of each ROW (axis=1) instead of each column.
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc.T @ Xc / (X.shape[0] - 1)
