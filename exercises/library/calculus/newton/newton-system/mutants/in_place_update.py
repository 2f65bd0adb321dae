"""Your iterate may be right, but the start x0 you were given seems to have been modified along the way: solve on your own copy of it."""
# Mistake: np.asarray does not copy a float array, and x += delta then changes the caller's x0.
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.asarray(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(np.asarray(J(x), dtype=float), -np.asarray(F(x), dtype=float))
        x += delta
        if np.linalg.norm(delta) < tol:
            break
    return x
