import numpy as np


def momentum_descent(grad, x0, learning_rate, beta, num_iterations):
    """Heavy-ball momentum: v = beta v - lr grad(x); x = x + v; return the final x."""
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    # TODO: num_iterations momentum steps.
    return x
