"""Your estimate looks like the one-sided backward slope (f(x) - f(x - h))/h; the central difference uses points on both sides, f(x + h) and f(x - h), over their distance 2h."""
# Mistake: uses the one-sided backward difference (f(x) - f(x - h)) / h.
import numpy as np


def central_difference(f, x, h):
    x = np.asarray(x, dtype=float)
    return np.asarray((f(x) - f(x - h)) / h)[()]
