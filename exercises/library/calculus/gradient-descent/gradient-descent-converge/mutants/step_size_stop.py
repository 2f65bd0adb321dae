"""You seem to stop too early when the learning rate is small, as if the step length eta·||g|| were tested against tol; the rule tests the gradient norm ||g|| itself."""
# Mistake: stops when the step learning_rate * g is shorter than tol instead of the gradient,
# which stops too early whenever the learning rate is small.
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        step = learning_rate * np.asarray(grad(x), dtype=float)
        if np.linalg.norm(step) < tol:
            break
        x = x - step
    return x
