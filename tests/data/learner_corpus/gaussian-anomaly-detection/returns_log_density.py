"""wrong: computes log p(x) in log space but forgets to exponentiate, returning log-densities and comparing them with epsilon."""
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    """Fit an independent Gaussian to every feature of X_train; flag the rows of X_test whose
    density p(x) is below epsilon. Returns (flags, densities)."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    var = X_train.var(axis=0)
    z2 = (X_test - mu) ** 2 / var
    log_p = -0.5 * z2.sum(axis=1) - 0.5 * np.sum(np.log(2 * np.pi * var))
    return log_p < epsilon, log_p
