"""Updates x0 in place when it is a float array (statement: do not modify x0)."""
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.asarray(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(J(x), -F(x))
        x += delta
        if np.linalg.norm(delta) < tol:
            break
    return x
