"""For many iterations your w seems to be the exact least-squares solution: steepest descent approaches it only slowly when the features are badly conditioned, so return w after exactly num_iterations line-search steps."""
# Mistake: assumes the method has converged after many iterations and returns the
# least-squares solution instead of the iterate.
import numpy as np


def steepest_descent_fit(X, y, num_iterations):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if num_iterations >= 50:
        return np.linalg.lstsq(X, y, rcond=None)[0]
    w = np.zeros(X.shape[1])
    for _ in range(num_iterations):
        g = X.T @ (X @ w - y)
        if not np.any(g):
            break
        Xg = X @ g
        w = w - (g @ g) / (Xg @ Xg) * g
    return w
