"""Your densities seem to fall off too fast, as if the 1/2 were missing from the exponent. Each factor is exp(-(x - mu)^2 / (2 sigma^2))."""
# Mistake: drops the 1/2 in the exponent.
import numpy as np


def fit_gaussian(X_train, X, log_features):
    A = np.array(X_train, dtype=float)
    B = np.array(X, dtype=float)
    cols = list(log_features)
    A[:, cols] = np.log1p(A[:, cols])
    B[:, cols] = np.log1p(B[:, cols])
    mu = A.mean(axis=0)
    sigma2 = A.var(axis=0)
    log_p = (-((B - mu) ** 2 / sigma2).sum(axis=1)
             - 0.5 * np.log(2 * np.pi * sigma2).sum())
    return mu, sigma2, np.exp(log_p)
