import numpy as np


def project_onto(u, v):
    """Return the orthogonal projection of u onto the line spanned by the non-zero vector v."""
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    # TODO: find the number c with (u - c v) perpendicular to v, then return c * v.
    return np.zeros_like(v)
