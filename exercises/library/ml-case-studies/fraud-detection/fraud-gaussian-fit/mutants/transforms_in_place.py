"""Your numbers look right, but the caller's transactions seem to be changed: np.asarray does not copy an array that is already float, so writing the log amounts into it rewrites the caller's data. Transform a copy."""
# Mistake: np.asarray returns the caller's float array itself, and the log transform is then
# written into it.
import numpy as np


def fit_gaussian(X_train, X, log_features):
    A = np.asarray(X_train, dtype=float)
    B = np.asarray(X, dtype=float)
    cols = list(log_features)
    A[:, cols] = np.log1p(A[:, cols])
    B[:, cols] = np.log1p(B[:, cols])
    mu = A.mean(axis=0)
    sigma2 = A.var(axis=0)
    log_p = (-0.5 * ((B - mu) ** 2 / sigma2).sum(axis=1)
             - 0.5 * np.log(2 * np.pi * sigma2).sum())
    return mu, sigma2, np.exp(log_p)
