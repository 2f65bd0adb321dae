"""Your iterates seem to move away from the maximum: g = A^T (y - p) is the gradient of the log-likelihood, which is being maximised, and H = A^T W A is MINUS its Hessian, so the Newton step is w + H^-1 g."""
# Mistake: w = w - delta (the sign of the step is flipped).
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
        w = w - delta
        iterations += 1
        if np.max(np.abs(delta)) <= tol:
            break
    p = expit(A @ w)
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ (A * (p * (1 - p))[:, None]))))
    return w, se, iterations
