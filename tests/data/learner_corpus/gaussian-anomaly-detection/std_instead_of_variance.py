"""wrong: puts the standard deviation sigma where the variance sigma^2 belongs, both under the square root 1/sqrt(2 pi sigma) and in the exponent (x - mu)^2 / (2 sigma)."""
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    """Fit an independent Gaussian to every feature of X_train; flag the rows of X_test whose
    density p(x) is below epsilon. Returns (flags, densities)."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    sigma = X_train.std(axis=0)
    dens = np.prod(np.exp(-(X_test - mu) ** 2 / (2 * sigma)) / np.sqrt(2 * np.pi * sigma), axis=1)
    return dens < epsilon, dens
