"""Your estimate looks like the one-sided forward slope (f(x + h) - f(x))/h, whose error shrinks only like h; the central difference looks a step h to both sides of x."""
# Mistake: uses the one-sided forward difference (f(x + h) - f(x)) / h, whose error is O(h)
# instead of O(h^2).
import numpy as np


def central_difference(f, x, h):
    x = np.asarray(x, dtype=float)
    return np.asarray((f(x + h) - f(x)) / h)[()]
