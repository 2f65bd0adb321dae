"""Adds the Newton steps into x0 itself when it is a float array (statement: do not modify x0)."""
import numpy as np


def newton_minimize(grad, hess, x0, tol, max_iter):
    x = np.asarray(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(hess(x), -grad(x))
        x += delta
        if np.linalg.norm(delta) < tol:
            break
    return x
