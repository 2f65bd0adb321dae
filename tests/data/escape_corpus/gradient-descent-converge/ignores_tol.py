"""Ignores tol: always runs all max_iter steps (statement: stop as soon as ||grad f(x_k)|| < tol)."""
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        x = x - learning_rate * np.asarray(grad(x), dtype=float)
    return x
