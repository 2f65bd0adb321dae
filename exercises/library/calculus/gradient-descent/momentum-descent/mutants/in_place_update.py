"""Your iterates may be right, but the start x0 you were given seems to have moved along with them: keep x0 unchanged and update your own copy."""
# Mistake: np.asarray does not copy a float array, and x += v then moves the caller's x0 too.
import numpy as np


def momentum_descent(grad, x0, learning_rate, beta, num_iterations):
    x = np.asarray(x0, dtype=float)
    v = np.zeros_like(x)
    for _ in range(num_iterations):
        v = beta * v - learning_rate * np.asarray(grad(x), dtype=float)
        x += v
    return x
