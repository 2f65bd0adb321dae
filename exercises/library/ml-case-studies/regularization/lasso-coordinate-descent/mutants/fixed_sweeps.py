"""Your coefficients seem to stop short of the minimiser when the features are strongly correlated, as after a fixed number of sweeps: there, each sweep moves the coefficients only a little. Keep sweeping until the largest change in a sweep is tiny (say below 1e-10)."""
# Mistake: a fixed budget of 100 sweeps, whether or not the coefficients have stopped moving.
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
    for _ in range(100):
        largest_step = 0.0
        for j in range(p):
            if z[j] == 0.0:
                continue                  # an all-zero column: its coefficient stays 0
            rho = X[:, j] @ r / n + z[j] * w[j]   # (1/n) X_j^T (residual without feature j)
            new = soft_threshold(rho, lam) / z[j]
            step = new - w[j]
            if step != 0.0:
                r -= step * X[:, j]
                w[j] = new
                largest_step = max(largest_step, abs(step))
    return w
