"""correct: applies the formula one point at a time with Python floats in a loop, returning a float for a scalar x and an array for an array x."""
import numpy as np


def central_difference(f, x, h):
    """Estimate f'(x) with the central difference (f(x + h) - f(x - h)) / (2h)."""
    if np.ndim(x) == 0:
        x = float(x)
        return float((f(x + h) - f(x - h)) / (2.0 * h))
    xs = np.asarray(x, dtype=float)
    out = np.empty(xs.shape)
    for i, xi in enumerate(xs):
        xi = float(xi)
        out[i] = (f(xi + h) - f(xi - h)) / (2.0 * h)
    return out
