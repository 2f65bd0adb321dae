"""wrong: estimates mu and sigma^2 from X_test instead of X_train, so the transactions being scored define what "normal" means."""
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    """Fit an independent Gaussian to every feature of X_train; flag the rows of X_test whose
    density p(x) is below epsilon. Returns (flags, densities)."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_test.mean(axis=0)
    var = X_test.var(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        dens = np.prod(np.exp(-(X_test - mu) ** 2 / (2 * var)) / np.sqrt(2 * np.pi * var), axis=1)
    return dens < epsilon, dens
