"""Your covariance seems to be X^T X / m, without subtracting the mean first. Sigma averages the outer products of the deviations x - mu; with features far from 0, such as log amounts, forgetting the centring changes everything."""
# Mistake: Sigma = X_train^T X_train / m (the second moment, not the covariance).
import numpy as np


def mvn_log_density(X_train, X):
    X_train = np.asarray(X_train, dtype=float)
    X = np.asarray(X, dtype=float)
    m, d = X_train.shape
    mu = X_train.mean(axis=0)
    sigma = X_train.T @ X_train / m
    L = np.linalg.cholesky(sigma)
    Z = np.linalg.solve(L, (X - mu).T)
    d2 = np.sum(Z ** 2, axis=0)
    log_det = 2.0 * np.sum(np.log(np.diag(L)))
    return -0.5 * (d * np.log(2 * np.pi) + log_det + d2), d2
