import numpy as np
from scipy.linalg import solve_triangular


def mvn_log_density(X_train, X):
    """Fit a multivariate Gaussian (mean, maximum-likelihood covariance) to the rows of X_train;
    return (log-densities, squared Mahalanobis distances) of the rows of X."""
    X_train = np.asarray(X_train, dtype=float)
    X = np.asarray(X, dtype=float)
    m, d = X_train.shape
    mu = X_train.mean(axis=0)
    D = X_train - mu
    sigma = D.T @ D / m                            # maximum likelihood: divide by m
    L = np.linalg.cholesky(sigma)                  # sigma = L @ L.T, L lower triangular
    Z = solve_triangular(L, (X - mu).T, lower=True)   # whitened rows, one per column
    d2 = np.sum(Z ** 2, axis=0)
    log_det = 2.0 * np.sum(np.log(np.diag(L)))     # never det(sigma): it over/underflows
    log_p = -0.5 * (d * np.log(2 * np.pi) + log_det + d2)
    return log_p, d2
