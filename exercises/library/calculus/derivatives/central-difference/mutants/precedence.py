# Mistake: writes / 2 * h without brackets, which Python reads as (difference / 2) * h.
import numpy as np


def central_difference(f, x, h):
    x = np.asarray(x, dtype=float)
    return np.asarray((f(x + h) - f(x - h)) / 2 * h)[()]
