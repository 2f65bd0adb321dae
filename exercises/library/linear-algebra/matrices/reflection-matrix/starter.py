import numpy as np


def reflection_matrix(basis):
    """Return the 2x2 matrix reflecting the plane in the line spanned by basis[:, 0]."""
    basis = np.asarray(basis, dtype=float)
    # TODO: take the first column, normalise it, build the projection, then the reflection.
    return np.eye(2)
