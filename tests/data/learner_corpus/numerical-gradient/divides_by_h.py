"""wrong: divides each central difference by h instead of 2h, so every partial derivative is doubled."""
import numpy as np


def numerical_gradient(f, x, h):
    """Central-difference estimate of the gradient of f at x, one coordinate at a time."""
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = 1.0
        grad[i] = (f(x + h * e) - f(x - h * e)) / h
    return grad
