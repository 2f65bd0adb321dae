"""Your step length seems to divide by ||Xg|| rather than its square: the exact line search gives alpha = g·g / ||Xg||^2."""
# Mistake: divides by the norm of X g instead of its squared norm in the step size.
import numpy as np


def steepest_descent_fit(X, y, num_iterations):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(num_iterations):
        g = X.T @ (X @ w - y)
        if not np.any(g):
            break
        w = w - (g @ g) / np.linalg.norm(X @ g) * g
    return w
