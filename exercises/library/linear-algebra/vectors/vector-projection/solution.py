import numpy as np


def project_onto(u, v):
    """Return the orthogonal projection of u onto the line spanned by the non-zero vector v."""
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    c = np.dot(u, v) / np.dot(v, v)
    return c * v
