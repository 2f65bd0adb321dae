"""correct: solves the joint normal equations for (b, w) with A = [1 | X] and a penalty matrix lam * diag(0, 1, ..., 1) that leaves the intercept unpenalised."""
import numpy as np


def ridge_fit(X, y, lam):
    """Minimise sum((y - X @ w - b)**2) + lam * sum(w**2) over w and b (b is not penalised).

    Returns (w, b): the coefficient vector of length p and the intercept, a float.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    A = np.column_stack([np.ones(n), X])
    P = lam * np.eye(p + 1)
    P[0, 0] = 0.0
    beta = np.linalg.solve(A.T @ A + P, A.T @ y)
    return beta[1:], float(beta[0])
