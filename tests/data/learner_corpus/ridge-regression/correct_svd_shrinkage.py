"""correct: uses the SVD of the centred data, w = V diag(s / (s^2 + lam)) U^T yc, then b = mean(y) - mean(X) @ w."""
import numpy as np


def ridge_fit(X, y, lam):
    """Minimise sum((y - X @ w - b)**2) + lam * sum(w**2) over w and b (b is not penalised).

    Returns (w, b): the coefficient vector of length p and the intercept, a float.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_bar, y_bar = X.mean(axis=0), y.mean()
    U, s, Vt = np.linalg.svd(X - x_bar, full_matrices=False)
    shrink = s / (s ** 2 + lam)
    w = Vt.T @ (shrink * (U.T @ (y - y_bar)))
    return w, float(y_bar - x_bar @ w)
