"""wrong: uses the forward difference (f(x + h e_i) - f(x)) / h for each coordinate instead of the central difference."""
import numpy as np


def numerical_gradient(f, x, h):
    """Central-difference estimate of the gradient of f at x, one coordinate at a time."""
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    f0 = f(x)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = 1.0
        grad[i] = (f(x + h * e) - f0) / h
    return grad
