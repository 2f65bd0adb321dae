"""wrong: divides the difference f(x + h) - f(x - h) by h instead of by the distance 2h between the two points, doubling the estimate."""
import numpy as np


def central_difference(f, x, h):
    """Estimate f'(x) with the central difference (f(x + h) - f(x - h)) / (2h)."""
    return (f(x + h) - f(x - h)) / h
