"""You seem to skip dividing by z_j = (1/n)|X_j|^2, which is only right for columns with z_j = 1. The minimiser in w_j is the soft-thresholded rho_j divided by z_j."""
# Mistake: assumes standardised columns and never divides by z_j = (1/n)||X_j||^2.
import numpy as np


def soft_threshold(rho, lam):
    return np.sign(rho) * max(abs(rho) - lam, 0.0)


def lasso_cd(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    z = (X ** 2).sum(axis=0) / n          # (1/n) ||X_j||^2
    w = np.zeros(p)
    r = y.copy()                          # residual y - X w, kept up to date
    for _ in range(2_000):
        largest_step = 0.0
        for j in range(p):
            if z[j] == 0.0:
                continue                  # an all-zero column: its coefficient stays 0
            rho = X[:, j] @ r / n + z[j] * w[j]   # (1/n) X_j^T (residual without feature j)
            new = soft_threshold(rho, lam)
            step = new - w[j]
            if step != 0.0:
                r -= step * X[:, j]
                w[j] = new
                largest_step = max(largest_step, abs(step))
        if largest_step < 1e-13:
            break
    return w
