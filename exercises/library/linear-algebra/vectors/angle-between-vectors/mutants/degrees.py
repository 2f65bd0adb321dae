"""Your angle looks like it is in degrees. The task asks for radians, where a right angle is pi/2 (about 1.571), not 90."""
# Mistake: converts the angle to degrees; the task asks for radians.
import numpy as np


def angle(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    c = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return float(np.degrees(np.arccos(np.clip(c, -1.0, 1.0))))
