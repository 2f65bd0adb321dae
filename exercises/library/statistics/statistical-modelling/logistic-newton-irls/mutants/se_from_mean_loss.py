"""Your standard errors look sqrt(n) times too large, as if they came from the Hessian of the MEAN log-likelihood: the Newton steps are the same, but the information is the sum over the n examples, A^T W A without dividing by n."""
# Mistake: works with the mean log-likelihood (gradient and Hessian divided by n), which leaves
# the Newton steps unchanged but inflates the standard errors by sqrt(n).
import numpy as np
from scipy.special import expit


def logistic_newton(X, y, tol, max_iter):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    A = np.column_stack([np.ones(n), X])
    w = np.zeros(A.shape[1])
    iterations = 0
    while iterations < max_iter:
        p = expit(A @ w)
        H = A.T @ (A * (p * (1 - p))[:, None]) / n
        delta = np.linalg.solve(H, A.T @ (y - p) / n)
        w = w + delta
        iterations += 1
        if np.max(np.abs(delta)) <= tol:
            break
    p = expit(A @ w)
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ (A * (p * (1 - p))[:, None]) / n)))
    return w, se, iterations
