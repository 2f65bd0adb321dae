import numpy as np


def ridge_fit(X, y, lam):
    """Minimise sum((y - X @ w - b)**2) + lam * sum(w**2) over w and b (b is not penalised).

    Returns (w, b): the coefficient vector of length p and the intercept, a float.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    p = X.shape[1]
    w = np.linalg.solve(Xc.T @ Xc + lam * np.eye(p), Xc.T @ yc)
    b = y_mean - x_mean @ w
    return w, float(b)
