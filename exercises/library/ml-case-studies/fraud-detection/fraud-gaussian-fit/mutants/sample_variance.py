"""Your variances seem to be divided by m - 1. The model uses the maximum-likelihood estimate, which divides the squared deviations by m; the difference is largest when there are few training rows."""
# Mistake: estimates the variances with ddof=1 (divide by m - 1) instead of the
# maximum-likelihood estimate (divide by m).
import numpy as np


def fit_gaussian(X_train, X, log_features):
    A = np.array(X_train, dtype=float)
    B = np.array(X, dtype=float)
    cols = list(log_features)
    A[:, cols] = np.log1p(A[:, cols])
    B[:, cols] = np.log1p(B[:, cols])
    mu = A.mean(axis=0)
    sigma2 = A.var(axis=0, ddof=1)
    log_p = (-0.5 * ((B - mu) ** 2 / sigma2).sum(axis=1)
             - 0.5 * np.log(2 * np.pi * sigma2).sum())
    return mu, sigma2, np.exp(log_p)
