# Mistake: divides by the length |v| instead of the squared length v . v.
import numpy as np


def project_onto(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    return np.dot(u, v) / np.linalg.norm(v) * v
