"""Your loop seems to stop when ||grad f(x)|| is below tol: the rule tests the length of the Newton step delta, which can be much larger than the gradient where the curvature is small."""
# Mistake: stops when ||grad(x)|| < tol (before stepping) instead of when ||delta|| < tol.
import numpy as np


def newton_minimize(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        x = x + np.linalg.solve(np.asarray(hess(x), dtype=float), -g)
    return x
