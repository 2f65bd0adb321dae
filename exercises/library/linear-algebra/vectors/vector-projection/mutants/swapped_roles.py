"""Your result looks like a multiple of u, as if you projected v onto u. The projection of u onto v must lie on the line through v."""
# Mistake: projects v onto u instead of u onto v.
import numpy as np


def project_onto(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    return np.dot(u, v) / np.dot(u, u) * u
