"""Moves x0 itself when it is a float array (statement: do not modify x0)."""
import numpy as np


def momentum_descent(grad, x0, learning_rate, beta, num_iterations):
    x = np.asarray(x0, dtype=float)
    v = np.zeros_like(x)
    for _ in range(num_iterations):
        v = beta * v - learning_rate * grad(x)
        x += v
    return x
