import numpy as np


def central_difference(f, x, h):
    """Estimate f'(x) with the central difference (f(x + h) - f(x - h)) / (2h)."""
    # TODO: evaluate f on both sides of x and take the slope of the chord.
    return 0.0 * np.asarray(x, dtype=float)
