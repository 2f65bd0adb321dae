import numpy as np


def fit_gaussian(X_train, X, log_features):
    """Fit an independent Gaussian to every feature of X_train, after replacing the columns in
    log_features by log(1 + x); return (mu, sigma2, densities of the rows of X)."""
    A = np.array(X_train, dtype=float)        # np.array copies: the caller's data stays as it was
    B = np.array(X, dtype=float)
    cols = list(log_features)
    A[:, cols] = np.log1p(A[:, cols])         # log(1 + x): a $0.00 card check maps to 0
    B[:, cols] = np.log1p(B[:, cols])         # the same transform on the rows to score
    mu = A.mean(axis=0)
    sigma2 = A.var(axis=0)                    # maximum likelihood: divide by m (ddof = 0)
    log_p = (-0.5 * ((B - mu) ** 2 / sigma2).sum(axis=1)
             - 0.5 * np.log(2 * np.pi * sigma2).sum())
    return mu, sigma2, np.exp(log_p)
