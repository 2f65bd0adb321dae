"""You seem to use the standard deviation sigma where the variance sigma^2 belongs. Both the z-score term and the normalising factor need sigma^2."""
# Mistake: plugs the standard deviation sigma into the formula where the variance sigma^2
# belongs.
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    var = X_train.std(axis=0)
    z2 = (X_test - mu) ** 2 / var
    log_p = -0.5 * z2.sum(axis=1) - 0.5 * np.log(2 * np.pi * var).sum()
    densities = np.exp(log_p)
    flags = densities < epsilon
    return flags, densities
