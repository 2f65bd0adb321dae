# Mistake: fits a line through the origin: no centring and b = 0.
import numpy as np


def ridge_fit(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p = X.shape[1]
    w = np.linalg.lstsq(X.T @ X + lam * np.eye(p), X.T @ y, rcond=None)[0]
    return w, 0.0
