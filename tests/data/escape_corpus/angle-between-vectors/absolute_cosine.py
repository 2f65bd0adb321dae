"""Uses |u.v|, giving the acute angle between the lines instead of the angle in [0, pi] (statement: pi for opposite directions)."""
import numpy as np


def angle(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    c = abs(u @ v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return float(np.arccos(np.clip(c, -1.0, 1.0)))
