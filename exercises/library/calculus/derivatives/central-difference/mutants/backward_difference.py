# Mistake: uses the one-sided backward difference (f(x) - f(x - h)) / h.
import numpy as np


def central_difference(f, x, h):
    x = np.asarray(x, dtype=float)
    return np.asarray((f(x) - f(x - h)) / h)[()]
