"""Your iterations seem to reuse the Hessian of the first step: Newton's method recomputes H = A^T W A with the current probabilities at every iteration, and that is what makes it converge in a handful of steps; a frozen H converges slowly, needing many more."""
# Mistake: H computed once at w = 0 (W = I/4) and reused: a chord method, linear convergence.
import numpy as np
from scipy.special import expit


def logistic_newton(X, y, tol, max_iter):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])
    w = np.zeros(A.shape[1])
    H0 = A.T @ A / 4.0
    iterations = 0
    while iterations < max_iter:
        p = expit(A @ w)
        delta = np.linalg.solve(H0, A.T @ (y - p))
        w = w + delta
        iterations += 1
        if np.max(np.abs(delta)) <= tol:
            break
    p = expit(A @ w)
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ (A * (p * (1 - p))[:, None]))))
    return w, se, iterations
