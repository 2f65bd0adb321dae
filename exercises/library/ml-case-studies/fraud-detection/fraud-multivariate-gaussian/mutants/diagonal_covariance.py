"""Your distances seem to ignore the correlations between features, as if Sigma were diagonal (independent Gaussians). The full covariance matrix, off-diagonal entries included, is what makes a big purchase on a small spender's card look unusual."""
# Mistake: keeps only the variances (a diagonal Sigma), i.e. the independent model of step 1.
import numpy as np


def mvn_log_density(X_train, X):
    X_train = np.asarray(X_train, dtype=float)
    X = np.asarray(X, dtype=float)
    d = X_train.shape[1]
    mu = X_train.mean(axis=0)
    var = X_train.var(axis=0)
    d2 = np.sum((X - mu) ** 2 / var, axis=1)
    log_det = np.sum(np.log(var))
    return -0.5 * (d * np.log(2 * np.pi) + log_det + d2), d2
