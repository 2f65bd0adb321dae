"""Ignores tol: runs all max_iter Newton steps (statement: stop once ||delta|| < tol)."""
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        x = x + np.linalg.solve(J(x), -np.asarray(F(x), dtype=float))
    return x
