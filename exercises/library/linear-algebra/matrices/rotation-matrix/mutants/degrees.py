"""Your matrix looks like a rotation by a far smaller angle, as if theta were converted from degrees to radians. theta is already given in radians."""
# Mistake: treats theta as degrees and converts it to radians a second time.
import numpy as np


def rotation_matrix(theta):
    t = np.radians(theta)
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, -s], [s, c]])
