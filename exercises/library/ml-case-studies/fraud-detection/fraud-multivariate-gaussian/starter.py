import numpy as np


def mvn_log_density(X_train, X):
    """Fit a multivariate Gaussian (mean, maximum-likelihood covariance) to the rows of X_train;
    return (log-densities, squared Mahalanobis distances) of the rows of X."""
    X_train = np.asarray(X_train, dtype=float)
    X = np.asarray(X, dtype=float)
    # TODO: mu and Sigma (divide by m), the Cholesky factor of Sigma, then for every row of X
    # its squared Mahalanobis distance d2 and log p = -0.5 * (d log 2pi + log det Sigma + d2).
    k = X.shape[0]
    return np.zeros(k), np.zeros(k)
