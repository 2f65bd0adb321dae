"""You seem to take the square root of the plain sum of the entries. Each entry must be squared first, so negative entries add to the length instead of cancelling."""
# Mistake: takes the square root of the plain sum of the entries (forgets to square them),
# using abs() to avoid the square root of a negative number.
import numpy as np


def vector_norm(v):
    return float(np.sqrt(abs(np.sum(np.asarray(v, dtype=float)))))
