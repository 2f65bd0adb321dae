"""correct: loops over the test rows, adding per-feature log-densities (z-scores and log(2 pi sigma^2)) and exponentiating the sum; flags are Python bools."""
import math

import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    """Fit an independent Gaussian to every feature of X_train; flag the rows of X_test whose
    density p(x) is below epsilon. Returns (flags, densities)."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    m = X_train.shape[0]
    mu = X_train.sum(axis=0) / m
    var = ((X_train - mu) ** 2).sum(axis=0) / m
    flags, densities = [], []
    for row in X_test:
        log_p = 0.0
        for j in range(row.size):
            log_p += -0.5 * (row[j] - mu[j]) ** 2 / var[j] - 0.5 * math.log(2 * math.pi * var[j])
        p = math.exp(log_p)
        densities.append(p)
        flags.append(bool(p < epsilon))
    return flags, densities
