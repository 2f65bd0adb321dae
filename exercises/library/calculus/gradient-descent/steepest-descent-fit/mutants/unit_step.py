"""You seem to take a fixed step alpha = 1 along -g instead of the exact line search; alpha = g·g / ||Xg||^2 changes at every iteration, and a unit step can overshoot or diverge."""
# Mistake: skips the line search and always takes the step alpha = 1, which overshoots
# (and can diverge) whenever X^T X has eigenvalues above 2.
import numpy as np


def steepest_descent_fit(X, y, num_iterations):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(num_iterations):
        w = w - X.T @ (X @ w - y)
    return w
