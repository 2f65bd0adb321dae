"""Your estimates seem exactly twice too large: the two points x - h and x + h are 2h apart, so the chord's slope divides their difference by 2h."""
# Mistake: divides the difference by h instead of by the distance 2h between the two points,
# so every estimate is twice too large.
import numpy as np


def central_difference(f, x, h):
    x = np.asarray(x, dtype=float)
    return np.asarray((f(x + h) - f(x - h)) / h)[()]
