"""Your loop seems to stop when the gradient is merely small: only an exactly zero gradient stops early. With data in tiny units every gradient is tiny, and after many iterations a small gradient does not mean w has stopped moving."""
# Mistake: stops when ||g|| < 1e-12 instead of only when g is exactly zero.
import numpy as np


def steepest_descent_fit(X, y, num_iterations):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(num_iterations):
        g = X.T @ (X @ w - y)
        if np.linalg.norm(g) < 1e-12:
            break
        Xg = X @ g
        w = w - (g @ g) / (Xg @ Xg) * g
    return w
