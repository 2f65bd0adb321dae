"""Your cosine seems to be divided by the squared lengths (u·u)(v·v) instead of the lengths |u||v|. Remember |v| = sqrt(v·v)."""
# Mistake: divides by the squared lengths (v . v) instead of the lengths.
import numpy as np


def angle(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    c = np.dot(u, v) / (np.dot(u, u) * np.dot(v, v))
    return float(np.arccos(np.clip(c, -1.0, 1.0)))
