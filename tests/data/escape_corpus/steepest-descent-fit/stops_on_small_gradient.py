"""Stops as soon as ||g|| < 1e-6 (statement: run num_iterations steps, stopping only if g is exactly zero)."""
import numpy as np


def steepest_descent_fit(X, y, num_iterations):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(num_iterations):
        g = X.T @ (X @ w - y)
        if np.linalg.norm(g) < 1e-6:
            break
        Xg = X @ g
        w = w - (g @ g) / (Xg @ Xg) * g
    return w
