import numpy as np
from scipy.special import expit


def _information(A, w):
    """A^T W A with W = diag(p (1 - p)): minus the Hessian of the log-likelihood at w."""
    p = expit(A @ w)
    return A.T @ (A * (p * (1.0 - p))[:, None]), p


def logistic_newton(X, y, tol, max_iter):
    """Logistic regression of y on an intercept and the columns of X by Newton's method from
    w = 0. Returns (coef, se, iterations), the intercept first."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])      # intercept column first
    w = np.zeros(A.shape[1])
    iterations = 0
    while iterations < max_iter:
        H, p = _information(A, w)
        delta = np.linalg.solve(H, A.T @ (y - p))  # Newton step on the log-likelihood
        w = w + delta
        iterations += 1
        if np.max(np.abs(delta)) <= tol:           # the step that was small is still taken
            break
    H, _ = _information(A, w)                      # the information at the returned w
    se = np.sqrt(np.diag(np.linalg.inv(H)))
    return w, se, iterations
