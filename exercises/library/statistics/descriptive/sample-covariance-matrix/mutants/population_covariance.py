"""Your entries look slightly too small, by a factor (n - 1)/n: the sample covariance divides by n - 1, not n."""
# Mistake: divides by n instead of n - 1 (ddof = 0).
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / X.shape[0]
