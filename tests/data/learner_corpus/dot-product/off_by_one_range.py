"""wrong: the loop runs over range(len(u) - 1), so the product of the last pair of entries is never added."""
import numpy as np


def dot(u, v):
    """Return the dot product of the equal-length vectors u and v."""
    total = 0.0
    for i in range(len(u) - 1):
        total += u[i] * v[i]
    return total
