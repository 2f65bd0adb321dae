import numpy as np


def quadratic_model(f0, g, H, x0, X):
    """m(x) = f0 + g.(x - x0) + 1/2 (x - x0)^T H (x - x0) for every row x of X."""
    g = np.asarray(g, dtype=float)
    H = np.asarray(H, dtype=float)
    D = np.asarray(X, dtype=float) - np.asarray(x0, dtype=float)   # one step per row
    return f0 + D @ g + 0.5 * np.sum((D @ H) * D, axis=1)
