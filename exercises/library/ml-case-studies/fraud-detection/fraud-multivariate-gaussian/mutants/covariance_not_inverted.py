"""Your squared distances seem to use Sigma where its inverse belongs. delta^2 = (x - mu)^T Sigma^{-1} (x - mu) divides by the spread: a deviation along a direction of large variance counts for little."""
# Mistake: (x - mu)^T Sigma (x - mu) instead of (x - mu)^T Sigma^{-1} (x - mu).
import numpy as np


def mvn_log_density(X_train, X):
    X_train = np.asarray(X_train, dtype=float)
    X = np.asarray(X, dtype=float)
    m, d = X_train.shape
    mu = X_train.mean(axis=0)
    D = X_train - mu
    sigma = D.T @ D / m
    diff = X - mu
    d2 = np.sum(diff @ sigma * diff, axis=1)
    sign, log_det = np.linalg.slogdet(sigma)
    return -0.5 * (d * np.log(2 * np.pi) + log_det + d2), d2
