"""Your iterates look like plain gradient descent: the velocity seems to restart from 0 at each step instead of keeping beta times the previous velocity."""
# Mistake: recomputes the velocity from scratch every step (v = -lr * grad), so the momentum
# term never accumulates: this is plain gradient descent.
import numpy as np


def momentum_descent(grad, x0, learning_rate, beta, num_iterations):
    x = np.array(x0, dtype=float)
    for _ in range(num_iterations):
        v = np.zeros_like(x)
        v = beta * v - learning_rate * np.asarray(grad(x), dtype=float)
        x = x + v
    return x
