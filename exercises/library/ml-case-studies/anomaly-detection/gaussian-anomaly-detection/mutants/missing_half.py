"""Your densities seem to fall off too fast, as if the 1/2 were missing from the exponent. The Gaussian has exp(-z^2/2), with z the z-score."""
# Mistake: drops the 1/2 in the exponent, exp(-(x - mu)^2 / sigma^2).
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    var = X_train.var(axis=0)                  # maximum likelihood: divide by m (ddof = 0)
    z2 = (X_test - mu) ** 2 / var
    log_p = -z2.sum(axis=1) - 0.5 * np.log(2 * np.pi * var).sum()
    densities = np.exp(log_p)
    flags = densities < epsilon
    return flags, densities
