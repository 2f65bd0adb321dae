"""Your log-density seems to be -inf for a very unlikely transaction, as if you computed p(x) first and then took its log: exp(-delta^2/2) underflows to 0 once delta^2 passes about 1490. Assemble log p from its three terms and never exponentiate."""
# Mistake: computes the density p(x) and takes np.log of it; a far outlier underflows to 0 and
# its log-density becomes -inf.
import numpy as np


def mvn_log_density(X_train, X):
    X_train = np.asarray(X_train, dtype=float)
    X = np.asarray(X, dtype=float)
    m, d = X_train.shape
    mu = X_train.mean(axis=0)
    D = X_train - mu
    sigma = D.T @ D / m
    L = np.linalg.cholesky(sigma)
    Z = np.linalg.solve(L, (X - mu).T)
    d2 = np.sum(Z ** 2, axis=0)
    norm = (2 * np.pi) ** (d / 2) * np.prod(np.diag(L))
    p = np.exp(-0.5 * d2) / norm
    return np.log(p), d2
