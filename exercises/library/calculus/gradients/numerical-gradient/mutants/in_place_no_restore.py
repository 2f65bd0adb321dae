"""Your later entries look taken at a shifted point, and your x seems changed: each partial derivative must perturb only coordinate i of the original x, which the caller gets back intact."""
# Mistake: perturbs the caller's array in place (np.asarray does not copy a float array) and
# forgets to put the coordinate back, so later partial derivatives are taken at a shifted
# point and the caller's x is changed.
import numpy as np


def numerical_gradient(f, x, h):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        x[i] += h
        f_plus = f(x)
        x[i] -= 2 * h
        f_minus = f(x)
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
