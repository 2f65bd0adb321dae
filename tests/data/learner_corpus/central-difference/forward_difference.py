"""wrong: computes the one-sided forward difference (f(x + h) - f(x)) / h instead of the central difference."""
import numpy as np


def central_difference(f, x, h):
    """Estimate f'(x) with the central difference (f(x + h) - f(x - h)) / (2h)."""
    return (f(x + h) - f(x)) / h
