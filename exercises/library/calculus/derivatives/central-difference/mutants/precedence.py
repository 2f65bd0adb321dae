"""Your estimates look far too small, as if the difference were multiplied by h/2 instead of divided by 2h: check how your expression groups the division by 2h."""
# Mistake: writes / 2 * h without brackets, which Python reads as (difference / 2) * h.
import numpy as np


def central_difference(f, x, h):
    x = np.asarray(x, dtype=float)
    return np.asarray((f(x + h) - f(x - h)) / 2 * h)[()]
