import numpy as np


def vector_norm(v):
    """Return the Euclidean length of the vector v."""
    v = np.asarray(v, dtype=float)
    # np.linalg.norm rescales internally, so it neither overflows nor underflows
    # for very large or very small entries.
    return float(np.linalg.norm(v))
