"""Returns the flags as 0/1 integers (statement: k booleans, True meaning anomaly)."""
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    sigma2 = ((X_train - mu) ** 2).mean(axis=0)
    dens = np.prod(np.exp(-(X_test - mu) ** 2 / (2 * sigma2)) / np.sqrt(2 * np.pi * sigma2), axis=1)
    return [int(d < epsilon) for d in dens], dens
