import numpy as np


def angle(u, v):
    """Return the angle between the non-zero vectors u and v, in radians, in [0, pi]."""
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    # TODO: cosine = dot product / (length of u * length of v), then take arccos.
    return 0.0
