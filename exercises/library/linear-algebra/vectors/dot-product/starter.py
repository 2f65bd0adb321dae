import numpy as np


def dot(u, v):
    """Return the dot product of the equal-length vectors u and v."""
    # TODO: multiply matching entries of u and v and add the products up.
    return 0.0
