"""You seem to take log(x) rather than log(1 + x). A $0.00 card check then becomes minus infinity and the fitted mean with it; the transform is log(1 + x), which maps 0 to 0."""
# Mistake: np.log instead of np.log1p, so a zero amount becomes -inf.
import numpy as np


def fit_gaussian(X_train, X, log_features):
    A = np.array(X_train, dtype=float)
    B = np.array(X, dtype=float)
    cols = list(log_features)
    A[:, cols] = np.log(A[:, cols])
    B[:, cols] = np.log(B[:, cols])
    mu = A.mean(axis=0)
    sigma2 = A.var(axis=0)
    log_p = (-0.5 * ((B - mu) ** 2 / sigma2).sum(axis=1)
             - 0.5 * np.log(2 * np.pi * sigma2).sum())
    return mu, sigma2, np.exp(log_p)
