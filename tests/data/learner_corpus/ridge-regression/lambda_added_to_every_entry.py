"""wrong: writes Xc.T @ Xc + lam, which adds lambda to every entry of the matrix instead of only to the diagonal (lam * np.eye(p))."""
import numpy as np


def ridge_fit(X, y, lam):
    """Minimise sum((y - X @ w - b)**2) + lam * sum(w**2) over w and b (b is not penalised).

    Returns (w, b): the coefficient vector of length p and the intercept, a float.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_bar, y_bar = X.mean(axis=0), y.mean()
    Xc, yc = X - x_bar, y - y_bar
    w = np.linalg.solve(Xc.T @ Xc + lam, Xc.T @ yc)
    b = float(y_bar - x_bar @ w)
    return w, b
