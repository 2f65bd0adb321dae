"""wrong: writes the denominator without brackets, (f(x + h) - f(x - h)) / 2 * h, which Python evaluates as ((...) / 2) * h."""
import numpy as np


def central_difference(f, x, h):
    """Estimate f'(x) with the central difference (f(x + h) - f(x - h)) / (2h)."""
    return (f(x + h) - f(x - h)) / 2 * h
