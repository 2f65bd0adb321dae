"""Your loop seems to stop on the largest entry of delta: the rule uses the Euclidean norm ||delta||_2, the square root of the sum of squares, which is larger when several unknowns still move."""
# Mistake: stops when max |delta_i| < tol instead of the 2-norm of delta.
import numpy as np


def newton_system(F, J, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        delta = np.linalg.solve(np.asarray(J(x), dtype=float), -np.asarray(F(x), dtype=float))
        x = x + delta
        if np.max(np.abs(delta)) < tol:
            break
    return x
