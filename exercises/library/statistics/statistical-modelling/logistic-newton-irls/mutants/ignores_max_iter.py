"""Your fit seems to run until the step is small whatever max_iter says: the loop makes at most max_iter updates, and when it is reached the answer is that iterate (not converged), with its standard errors and iterations = max_iter."""
# Mistake: a while loop on the step size alone; max_iter is never consulted.
import numpy as np
from scipy.special import expit


def logistic_newton(X, y, tol, max_iter):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])
    w = np.zeros(A.shape[1])
    iterations = 0
    while True:
        p = expit(A @ w)
        H = A.T @ (A * (p * (1 - p))[:, None])
        delta = np.linalg.solve(H, A.T @ (y - p))
        w = w + delta
        iterations += 1
        if np.max(np.abs(delta)) <= tol or iterations > 200:
            break
    p = expit(A @ w)
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ (A * (p * (1 - p))[:, None]))))
    return w, se, iterations
