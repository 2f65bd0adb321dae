"""Your model seems to be fitted on log amounts but applied to raw amounts. Whatever transform the training rows get, the rows you score must get too, or they are measured on another scale."""
# Mistake: transforms the training rows but scores the raw rows of X.
import numpy as np


def fit_gaussian(X_train, X, log_features):
    A = np.array(X_train, dtype=float)
    B = np.array(X, dtype=float)
    cols = list(log_features)
    A[:, cols] = np.log1p(A[:, cols])
    mu = A.mean(axis=0)
    sigma2 = A.var(axis=0)
    log_p = (-0.5 * ((B - mu) ** 2 / sigma2).sum(axis=1)
             - 0.5 * np.log(2 * np.pi * sigma2).sum())
    return mu, sigma2, np.exp(log_p)
