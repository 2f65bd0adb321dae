"""Your iteration count seems one short: the last update, whose step was small enough to stop, is still made and counts; iterations is the number of updates of w."""
# Mistake: counts only the steps larger than tol (the final small one is applied, not counted).
import numpy as np
from scipy.special import expit


def logistic_newton(X, y, tol, max_iter):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])
    w = np.zeros(A.shape[1])
    iterations = 0
    for _ in range(max_iter):
        p = expit(A @ w)
        H = A.T @ (A * (p * (1 - p))[:, None])
        delta = np.linalg.solve(H, A.T @ (y - p))
        w = w + delta
        if np.max(np.abs(delta)) <= tol:
            break
        iterations += 1
    p = expit(A @ w)
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ (A * (p * (1 - p))[:, None]))))
    return w, se, iterations
