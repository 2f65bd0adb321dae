"""Your fit seems to have no intercept (d numbers instead of d + 1): the design matrix starts with a column of ones, so that w_0 shifts every score and is reported first."""
# Mistake: A = X, no column of ones.
import numpy as np
from scipy.special import expit


def logistic_newton(X, y, tol, max_iter):
    A = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
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
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ (A * (p * (1 - p))[:, None]))))
    return w, se, iterations
