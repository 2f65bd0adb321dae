"""Your log-density seems to become infinite when there are many features in large units: det(Sigma) overflows (about 1e320 for 30 spending totals in cents) before you take its log. Get log det Sigma as 2 * sum(log(diag(L))) from the Cholesky factor, or from np.linalg.slogdet."""
# Mistake: np.log(np.linalg.det(sigma)), which is inf once the determinant overflows.
import numpy as np


def mvn_log_density(X_train, X):
    X_train = np.asarray(X_train, dtype=float)
    X = np.asarray(X, dtype=float)
    m, d = X_train.shape
    mu = X_train.mean(axis=0)
    D = X_train - mu
    sigma = D.T @ D / m
    diff = X - mu
    d2 = np.sum(diff @ np.linalg.inv(sigma) * diff, axis=1)
    log_det = np.log(np.linalg.det(sigma))
    return -0.5 * (d * np.log(2 * np.pi) + log_det + d2), d2
