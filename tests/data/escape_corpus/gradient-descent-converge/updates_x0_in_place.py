"""Steps in place on x0 itself when it is already a float array (statement: do not modify x0)."""
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.asarray(x0, dtype=float)  # no copy for a float array
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        x -= learning_rate * g
    return x
