"""Never checks for g = 0, so alpha = 0/0 turns w into nan once the fit is exact (statement: if g is exactly zero, stop)."""
import numpy as np


def steepest_descent_fit(X, y, num_iterations):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(num_iterations):
        g = X.T @ (X @ w - y)
        Xg = X @ g
        with np.errstate(invalid="ignore", divide="ignore"):
            alpha = (g @ g) / (Xg @ Xg)
        w = w - alpha * g
    return w
