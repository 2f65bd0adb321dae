import numpy as np


def angle(u, v):
    """Return the angle between the non-zero vectors u and v, in radians, in [0, pi]."""
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    a = u / np.linalg.norm(u)
    b = v / np.linalg.norm(v)
    # For unit vectors a, b at angle theta: |a - b| = 2 sin(theta/2) and |a + b| = 2 cos(theta/2).
    # This form stays accurate near 0 and pi, where arccos of the cosine loses digits.
    return float(2.0 * np.arctan2(np.linalg.norm(a - b), np.linalg.norm(a + b)))
