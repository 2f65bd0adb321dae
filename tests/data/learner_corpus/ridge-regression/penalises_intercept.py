"""wrong: appends a column of ones and solves (A^T A + lam I) beta = A^T y on the uncentred data, so the intercept is penalised along with the weights."""
import numpy as np


def ridge_fit(X, y, lam):
    """Minimise sum((y - X @ w - b)**2) + lam * sum(w**2) over w and b (b is not penalised).

    Returns (w, b): the coefficient vector of length p and the intercept, a float.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    A = np.column_stack([X, np.ones(n)])
    beta = np.linalg.solve(A.T @ A + lam * np.eye(p + 1), A.T @ y)
    return beta[:p], float(beta[p])
