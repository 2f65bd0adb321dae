"""wrong: multiplies the vectors entry by entry but forgets to add the products up, returning an array instead of a scalar."""
import numpy as np


def dot(u, v):
    """Return the dot product of the equal-length vectors u and v."""
    return np.asarray(u, dtype=float) * np.asarray(v, dtype=float)
