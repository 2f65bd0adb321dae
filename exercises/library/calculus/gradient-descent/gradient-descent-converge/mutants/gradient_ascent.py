"""Your iterates seem to move away from the minimum: the gradient points uphill, so each step goes against it, x - eta·grad f(x)."""
# Mistake: adds the gradient instead of subtracting it, so the iterates climb and diverge.
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        x = x + learning_rate * g
    return x
