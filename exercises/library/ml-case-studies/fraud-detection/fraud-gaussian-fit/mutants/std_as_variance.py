"""You seem to use the standard deviation sigma where the variance sigma^2 belongs. sigma2 is the mean squared deviation, and the density needs it both under the square root and in the exponent."""
# Mistake: uses the standard deviation where the variance belongs (np.std instead of np.var).
import numpy as np


def fit_gaussian(X_train, X, log_features):
    A = np.array(X_train, dtype=float)
    B = np.array(X, dtype=float)
    cols = list(log_features)
    A[:, cols] = np.log1p(A[:, cols])
    B[:, cols] = np.log1p(B[:, cols])
    mu = A.mean(axis=0)
    sigma2 = A.std(axis=0)
    log_p = (-0.5 * ((B - mu) ** 2 / sigma2).sum(axis=1)
             - 0.5 * np.log(2 * np.pi * sigma2).sum())
    return mu, sigma2, np.exp(log_p)
