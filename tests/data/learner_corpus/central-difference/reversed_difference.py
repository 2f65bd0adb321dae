"""wrong: subtracts in the wrong order, (f(x - h) - f(x + h)) / (2h), which flips the sign of the derivative."""
import numpy as np


def central_difference(f, x, h):
    """Estimate f'(x) with the central difference (f(x + h) - f(x - h)) / (2h)."""
    return (f(x - h) - f(x + h)) / (2 * h)
