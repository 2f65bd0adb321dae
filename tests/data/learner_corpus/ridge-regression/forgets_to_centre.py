"""wrong: forgets to centre X and y, solving (X^T X + lam I) w = X^T y on the raw data before recovering b from the means."""
import numpy as np


def ridge_fit(X, y, lam):
    """Minimise sum((y - X @ w - b)**2) + lam * sum(w**2) over w and b (b is not penalised).

    Returns (w, b): the coefficient vector of length p and the intercept, a float.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p = X.shape[1]
    w = np.linalg.solve(X.T @ X + lam * np.eye(p), X.T @ y)
    b = float(y.mean() - X.mean(axis=0) @ w)
    return w, b
