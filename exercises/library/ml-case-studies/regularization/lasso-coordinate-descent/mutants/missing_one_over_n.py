"""Your penalty seems n times too weak, as if the 1/n were dropped from rho_j and z_j. Both carry the factor 1/n that comes from the 1/(2n) in the objective."""
# Mistake: drops the 1/n from rho_j and z_j, i.e. minimises (1/2)||y - Xw||^2 + lam ||w||_1:
# the penalty ends up n times weaker than specified.
import numpy as np


def soft_threshold(rho, lam):
    return np.sign(rho) * max(abs(rho) - lam, 0.0)


def lasso_cd(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    z = (X ** 2).sum(axis=0)          # (1/n) ||X_j||^2
    w = np.zeros(p)
    r = y.copy()                          # residual y - X w, kept up to date
    for _ in range(100_000):
        largest_step = 0.0
        for j in range(p):
            if z[j] == 0.0:
                continue                  # an all-zero column: its coefficient stays 0
            rho = X[:, j] @ r + z[j] * w[j]   # (1/n) X_j^T (residual without feature j)
            new = soft_threshold(rho, lam) / z[j]
            step = new - w[j]
            if step != 0.0:
                r -= step * X[:, j]
                w[j] = new
                largest_step = max(largest_step, abs(step))
        if largest_step < 1e-13:
            break
    return w
