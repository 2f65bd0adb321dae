import numpy as np


def newton_minimize(grad, hess, x0, tol, max_iter):
    """Newton's method for a minimum: solve hess(x) delta = -grad(x), x = x + delta."""
    x = np.array(x0, dtype=float)           # a float copy: x0 is never modified
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        H = np.asarray(hess(x), dtype=float)
        delta = np.linalg.solve(H, -g)
        x = x + delta
        if np.linalg.norm(delta) < tol:
            break
    return x
