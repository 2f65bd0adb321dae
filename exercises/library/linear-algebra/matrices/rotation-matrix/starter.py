import numpy as np


def rotation_matrix(theta):
    """Return the 2x2 matrix of the counter-clockwise rotation by theta radians."""
    # TODO: column 0 is the image of (1, 0), column 1 the image of (0, 1).
    return np.eye(2)
