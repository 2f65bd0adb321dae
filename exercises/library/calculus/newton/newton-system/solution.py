import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    """Newton's method for F(x) = 0: solve J(x) delta = -F(x), x = x + delta."""
    x = np.array(x0, dtype=float)          # a float copy: x0 is never modified
    for _ in range(max_iter):
        delta = np.linalg.solve(np.asarray(J(x), dtype=float), -np.asarray(F(x), dtype=float))
        x = x + delta
        if np.linalg.norm(delta) < tol:
            break
    return x
