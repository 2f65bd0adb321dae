"""Your answer may be right, but the starting point x0 you were given seems to have been changed: iterate on your own copy of it and leave the caller's x0 untouched."""
# Mistake: np.asarray does not copy a float array, and x -= ... then updates the caller's x0
# in place.
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.asarray(x0, dtype=float)
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        x -= learning_rate * g
    return x
