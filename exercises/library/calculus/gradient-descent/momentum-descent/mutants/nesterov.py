"""Your gradient seems evaluated at the look-ahead point x + beta·v (Nesterov's method); in heavy-ball momentum it is taken at the current iterate x_k."""
# Mistake: evaluates the gradient at the look-ahead point x + beta v (Nesterov's accelerated
# gradient) instead of at the current x.
import numpy as np


def momentum_descent(grad, x0, learning_rate, beta, num_iterations):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    for _ in range(num_iterations):
        v = beta * v - learning_rate * np.asarray(grad(x + beta * v), dtype=float)
        x = x + v
    return x
