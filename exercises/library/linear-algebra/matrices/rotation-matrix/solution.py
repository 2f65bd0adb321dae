import numpy as np


def rotation_matrix(theta):
    """Return the 2x2 matrix of the counter-clockwise rotation by theta radians."""
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s],
                     [s, c]])
