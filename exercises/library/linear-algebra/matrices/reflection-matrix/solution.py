import numpy as np


def reflection_matrix(basis):
    """Return the 2x2 matrix reflecting the plane in the line spanned by basis[:, 0]."""
    basis = np.asarray(basis, dtype=float)
    u = basis[:, 0] / np.linalg.norm(basis[:, 0])  # unit vector along the mirror
    P = np.outer(u, u)                               # projection onto the mirror line
    return 2.0 * P - np.eye(2)                       # keep Px, flip x - Px
