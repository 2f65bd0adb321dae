"""Your standard errors seem to be 1/sqrt(H_jj), the inverse of the diagonal: the standard errors come from the diagonal of the INVERSE, sqrt([H^-1]_jj), which accounts for the correlation between the coefficients (large when the features are far from zero)."""
# Mistake: se = 1 / sqrt(diag(H)) instead of sqrt(diag(inv(H))).
import numpy as np
from scipy.special import expit


def logistic_newton(X, y, tol, max_iter):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])
    w = np.zeros(A.shape[1])
    iterations = 0
    while iterations < max_iter:
        p = expit(A @ w)
        H = A.T @ (A * (p * (1 - p))[:, None])
        delta = np.linalg.solve(H, A.T @ (y - p))
        w = w + delta
        iterations += 1
        if np.max(np.abs(delta)) <= tol:
            break
    p = expit(A @ w)
    se = 1.0 / np.sqrt(np.diag(A.T @ (A * (p * (1 - p))[:, None])))
    return w, se, iterations
