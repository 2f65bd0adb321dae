"""Your result looks like the squared length v·v. The length is the square root of that sum of squares."""
# Mistake: returns the squared length v . v and forgets the square root.
import numpy as np


def vector_norm(v):
    v = np.asarray(v, dtype=float)
    return float(np.sum(v * v))
