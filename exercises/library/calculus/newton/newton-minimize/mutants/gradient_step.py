"""Your iterates look like plain gradient steps x - g that ignore the curvature: the Newton step delta solves H delta = -g, using the Hessian."""
# Mistake: ignores the Hessian and takes a plain gradient step x - grad(x).
import numpy as np


def newton_minimize(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = -np.asarray(grad(x), dtype=float)
        x = x + delta
        if np.linalg.norm(delta) < tol:
            break
    return x
