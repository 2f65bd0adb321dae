"""You seem to return the cosine of the angle, (u·v)/(|u||v|), rather than the angle itself. One more step turns the cosine into an angle in [0, pi]."""
# Mistake: stops at the cosine of the angle and forgets the arccos.
import numpy as np


def angle(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    return float(np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v)))
