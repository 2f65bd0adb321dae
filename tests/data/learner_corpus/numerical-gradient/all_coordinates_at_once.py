"""wrong: moves every coordinate by h at once, (f(x + h) - f(x - h)) / (2h), which estimates a directional derivative and is put in every entry instead of the separate partial derivatives."""
import numpy as np


def numerical_gradient(f, x, h):
    """Central-difference estimate of the gradient of f at x, one coordinate at a time."""
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        grad[i] = (f(x + h) - f(x - h)) / (2 * h)
    return grad
