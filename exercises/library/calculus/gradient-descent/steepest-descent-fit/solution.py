import numpy as np


def steepest_descent_fit(X, y, num_iterations):
    """Least-squares fit by steepest descent with exact line search, starting from w = 0."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(num_iterations):
        g = X.T @ (X @ w - y)
        if not np.any(g):          # exactly at a minimum: alpha would be 0/0
            break
        Xg = X @ g
        alpha = (g @ g) / (Xg @ Xg)
        w = w - alpha * g
    return w
