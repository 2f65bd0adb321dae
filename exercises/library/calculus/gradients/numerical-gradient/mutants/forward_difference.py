"""Your estimates look like one-sided forward differences (f(x + h e_i) - f(x))/h; the central difference uses x + h e_i and x - h e_i, divided by 2h."""
# Mistake: uses the forward difference (f(x + h e_i) - f(x)) / h for each coordinate.
import numpy as np


def numerical_gradient(f, x, h):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    fx = f(x)
    for i in range(x.size):
        e = np.zeros_like(x)
        e[i] = 1.0
        grad[i] = (f(x + h * e) - fx) / h
    return grad
