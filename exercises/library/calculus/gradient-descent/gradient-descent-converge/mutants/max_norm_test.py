"""Your loop seems to stop on the largest gradient entry: the rule uses the Euclidean norm ||g||_2, the square root of the sum of squares, which is larger when several coordinates are still off."""
# Mistake: stops when max |g_i| < tol instead of the 2-norm of g.
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.max(np.abs(g)) < tol:
            break
        x = x - learning_rate * g
    return x
