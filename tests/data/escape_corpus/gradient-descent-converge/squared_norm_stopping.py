"""Compares the squared gradient norm with tol, so it stops far too early (statement: ||grad||_2 < tol)."""
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if g @ g < tol:
            break
        x = x - learning_rate * g
    return x
