import numpy as np


def shear_then_rotate(P, k, theta):
    """Apply the shear (x, y) -> (x + k y, y), then the rotation by theta, to each row of P."""
    P = np.asarray(P, dtype=float)
    # TODO: build the shear and rotation matrices, compose them, apply to the rows of P.
    return P.copy()
