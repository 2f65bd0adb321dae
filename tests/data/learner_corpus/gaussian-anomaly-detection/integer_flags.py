"""wrong: returns the flags as integers 0/1 ((p < epsilon).astype(int)) instead of booleans, although the densities are right."""
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    """Fit an independent Gaussian to every feature of X_train; flag the rows of X_test whose
    density p(x) is below epsilon. Returns (flags, densities)."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    var = X_train.var(axis=0)
    dens = np.prod(np.exp(-(X_test - mu) ** 2 / (2 * var)) / np.sqrt(2 * np.pi * var), axis=1)
    return (dens < epsilon).astype(int), dens
