"""Perturbs the caller's float array in place and adds h back, leaving rounding changes in x (statement: do not modify x)."""
import numpy as np


def numerical_gradient(f, x, h):
    x = np.asarray(x, dtype=float)  # the caller's array itself when it is a float array
    grad = np.zeros_like(x)
    for i in range(x.size):
        x[i] += h
        f_plus = f(x)
        x[i] -= 2 * h
        f_minus = f(x)
        x[i] += h
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
