"""A transaction whose density is exactly epsilon seems to be flagged. The rule is strictly below: flag when p(x) < epsilon, and leave p(x) = epsilon unflagged."""
# Mistake: flags p(x) <= epsilon instead of p(x) < epsilon.
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    var = X_train.var(axis=0)
    z2 = (X_test - mu) ** 2 / var
    log_p = -0.5 * z2.sum(axis=1) - 0.5 * np.log(2 * np.pi * var).sum()
    densities = np.exp(log_p)
    return densities <= epsilon, densities
