"""Your variances seem to be divided by m - 1. The model uses the maximum-likelihood estimate, which divides the squared deviations by m."""
# Mistake: estimates the variances with ddof=1 (divide by m - 1) instead of the maximum
# likelihood estimate (divide by m) that the model specifies.
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    var = X_train.var(axis=0, ddof=1)
    z2 = (X_test - mu) ** 2 / var
    log_p = -0.5 * z2.sum(axis=1) - 0.5 * np.log(2 * np.pi * var).sum()
    densities = np.exp(log_p)
    flags = densities < epsilon
    return flags, densities
