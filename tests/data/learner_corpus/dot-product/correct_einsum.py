"""correct: np.einsum('i,i->', u, v) contracts the shared index and returns a scalar."""
import numpy as np


def dot(u, v):
    """Return the dot product of the equal-length vectors u and v."""
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    return float(np.einsum("i,i->", u, v))
