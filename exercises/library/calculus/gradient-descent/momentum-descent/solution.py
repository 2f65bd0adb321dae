import numpy as np


def momentum_descent(grad, x0, learning_rate, beta, num_iterations):
    """Heavy-ball momentum: v = beta v - lr grad(x); x = x + v; return the final x."""
    x = np.array(x0, dtype=float)     # a float copy: x0 is never modified
    v = np.zeros_like(x)
    for _ in range(num_iterations):
        v = beta * v - learning_rate * np.asarray(grad(x), dtype=float)
        x = x + v
    return x
