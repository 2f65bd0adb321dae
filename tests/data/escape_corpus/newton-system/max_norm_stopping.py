"""Stops on the largest entry of delta instead of its 2-norm (statement: if ||delta|| < tol: stop)."""
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(J(x), -np.asarray(F(x)))
        x = x + delta
        if np.abs(delta).max() < tol:
            break
    return x
