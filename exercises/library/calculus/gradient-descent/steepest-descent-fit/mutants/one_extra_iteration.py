"""Your w looks one iteration further along than asked, as if num_iterations + 1 line-search steps were taken: return w after exactly num_iterations steps."""
# Mistake: the loop runs num_iterations + 1 times.
import numpy as np


def steepest_descent_fit(X, y, num_iterations):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(num_iterations + 1):
        g = X.T @ (X @ w - y)
        if not np.any(g):
            break
        Xg = X @ g
        w = w - (g @ g) / (Xg @ Xg) * g
    return w
