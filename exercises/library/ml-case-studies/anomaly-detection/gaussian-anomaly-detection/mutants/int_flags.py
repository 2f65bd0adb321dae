"""Your flags seem to be the numbers 0 and 1 rather than booleans. Return True/False values, for instance the boolean array densities < epsilon itself."""
# Mistake: converts the flags to integers 0/1 instead of returning booleans.
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    var = X_train.var(axis=0)
    z2 = (X_test - mu) ** 2 / var
    log_p = -0.5 * z2.sum(axis=1) - 0.5 * np.log(2 * np.pi * var).sum()
    densities = np.exp(log_p)
    return (densities < epsilon).astype(int), densities
