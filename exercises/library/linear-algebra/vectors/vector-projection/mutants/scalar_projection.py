"""You seem to return a single number, the signed length of the shadow. The task wants the projection vector itself, a multiple of v."""
# Mistake: returns the scalar projection (the signed length of the shadow), not the vector.
import numpy as np


def project_onto(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    return float(np.dot(u, v) / np.linalg.norm(v))
