"""Your covariance seems to be divided by m - 1 (np.cov does that by default). The model uses the maximum-likelihood estimate, which divides by m; with few training rows the difference is large."""
# Mistake: np.cov(X_train, rowvar=False) divides by m - 1, not by m.
import numpy as np


def mvn_log_density(X_train, X):
    X_train = np.asarray(X_train, dtype=float)
    X = np.asarray(X, dtype=float)
    d = X_train.shape[1]
    mu = X_train.mean(axis=0)
    sigma = np.atleast_2d(np.cov(X_train, rowvar=False))
    L = np.linalg.cholesky(sigma)
    Z = np.linalg.solve(L, (X - mu).T)
    d2 = np.sum(Z ** 2, axis=0)
    log_det = 2.0 * np.sum(np.log(np.diag(L)))
    return -0.5 * (d * np.log(2 * np.pi) + log_det + d2), d2
