"""All your entries seem to be the same number, as if every coordinate moved by h at once: a partial derivative moves only coordinate i, to x ± h e_i, keeping the others fixed."""
# Mistake: moves every coordinate by h at once, which estimates the directional derivative
# along (1, ..., 1) and puts that same number in every entry.
import numpy as np


def numerical_gradient(f, x, h):
    x = np.array(x, dtype=float)
    slope = (f(x + h) - f(x - h)) / (2 * h)
    return np.full_like(x, slope)
