"""Your flags seem inverted: typical transactions are marked and unlikely ones are not. A transaction is an anomaly when its density is strictly below epsilon."""
# Mistake: flags the rows whose density is ABOVE epsilon (the typical ones).
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    var = X_train.var(axis=0)                  # maximum likelihood: divide by m (ddof = 0)
    z2 = (X_test - mu) ** 2 / var
    log_p = -0.5 * z2.sum(axis=1) - 0.5 * np.log(2 * np.pi * var).sum()
    densities = np.exp(log_p)
    flags = densities > epsilon
    return flags, densities
