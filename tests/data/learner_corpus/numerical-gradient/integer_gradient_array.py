"""wrong: builds the result with np.zeros_like(x) on the unconverted input, so for integer x the gradient array is an int array and every partial derivative is truncated."""
import numpy as np


def numerical_gradient(f, x, h):
    """Central-difference estimate of the gradient of f at x, one coordinate at a time."""
    x = np.asarray(x)
    grad = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = 1.0
        grad[i] = (f(x + h * e) - f(x - h * e)) / (2 * h)
    return grad
