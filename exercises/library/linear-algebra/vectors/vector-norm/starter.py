import numpy as np


def vector_norm(v):
    """Return the Euclidean length of the vector v."""
    v = np.asarray(v, dtype=float)
    # TODO: square the entries, add them up, take the square root.
    return 0.0
