import numpy as np


def numerical_gradient(f, x, h):
    """Central-difference estimate of the gradient of f at x, one coordinate at a time."""
    x = np.array(x, dtype=float)   # a float copy: the caller's x stays unchanged
    grad = np.zeros_like(x)
    # TODO: for each coordinate i, estimate the partial derivative of f.
    return grad
