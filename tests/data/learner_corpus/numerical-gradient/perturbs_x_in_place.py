"""wrong: perturbs the caller's array in place (x[i] += h, then x[i] -= 2h) and never restores x[i], so x is modified and later coordinates are evaluated at a shifted point."""
import numpy as np


def numerical_gradient(f, x, h):
    """Central-difference estimate of the gradient of f at x, one coordinate at a time."""
    x = np.asarray(x, dtype=float)   # no copy for a float array
    grad = np.zeros_like(x)
    for i in range(x.size):
        x[i] += h
        f_plus = f(x)
        x[i] -= 2 * h
        f_minus = f(x)
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
