"""correct: takes the rows of h * np.eye(n) as the perturbations and builds the gradient with a list comprehension, never touching x."""
import numpy as np


def numerical_gradient(f, x, h):
    """Central-difference estimate of the gradient of f at x, one coordinate at a time."""
    x = np.asarray(x, dtype=float)
    steps = h * np.eye(x.size)
    return np.array([(f(x + s) - f(x - s)) / (2 * h) for s in steps], dtype=float)
