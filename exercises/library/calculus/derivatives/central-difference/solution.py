import numpy as np


def central_difference(f, x, h):
    """Estimate f'(x) with the central difference (f(x + h) - f(x - h)) / (2h)."""
    x = np.asarray(x, dtype=float)
    estimate = (f(x + h) - f(x - h)) / (2 * h)
    return np.asarray(estimate, dtype=float)[()]  # a float for a float x, else an array
