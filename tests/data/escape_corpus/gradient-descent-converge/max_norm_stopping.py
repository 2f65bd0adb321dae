"""Stops on the largest gradient entry instead of the 2-norm (statement: stop when ||grad||_2 < tol)."""
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.max(np.abs(g)) < tol:
            break
        x = x - learning_rate * g
    return x
