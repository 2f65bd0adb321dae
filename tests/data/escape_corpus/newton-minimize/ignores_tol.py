"""Ignores tol: always performs max_iter Newton steps (statement: stop once ||delta|| < tol)."""
import numpy as np


def newton_minimize(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        x = x + np.linalg.solve(hess(x), -np.asarray(grad(x), dtype=float))
    return x
