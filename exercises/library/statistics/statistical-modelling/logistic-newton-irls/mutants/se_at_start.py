"""Your standard errors seem to come from the information at the starting point w = 0 (where every p is 0.5): they are taken at the returned w, with its probabilities."""
# Mistake: the standard errors use H(0) = A^T A / 4, computed before the loop.
import numpy as np
from scipy.special import expit


def logistic_newton(X, y, tol, max_iter):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])
    w = np.zeros(A.shape[1])
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ A / 4.0)))
    iterations = 0
    while iterations < max_iter:
        p = expit(A @ w)
        H = A.T @ (A * (p * (1 - p))[:, None])
        delta = np.linalg.solve(H, A.T @ (y - p))
        w = w + delta
        iterations += 1
        if np.max(np.abs(delta)) <= tol:
            break
    return w, se, iterations
