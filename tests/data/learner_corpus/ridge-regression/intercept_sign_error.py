"""wrong: recovers the intercept as mean(y) + mean(X) @ w instead of mean(y) - mean(X) @ w."""
import numpy as np


def ridge_fit(X, y, lam):
    """Minimise sum((y - X @ w - b)**2) + lam * sum(w**2) over w and b (b is not penalised).

    Returns (w, b): the coefficient vector of length p and the intercept, a float.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p = X.shape[1]
    x_bar, y_bar = X.mean(axis=0), y.mean()
    Xc, yc = X - x_bar, y - y_bar
    w = np.linalg.solve(Xc.T @ Xc + lam * np.eye(p), Xc.T @ yc)
    b = float(y_bar + x_bar @ w)
    return w, b
