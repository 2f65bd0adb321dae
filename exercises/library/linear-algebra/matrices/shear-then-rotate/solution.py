import numpy as np


def shear_then_rotate(P, k, theta):
    """Apply the shear (x, y) -> (x + k y, y), then the rotation by theta, to each row of P."""
    P = np.asarray(P, dtype=float)
    S = np.array([[1.0, k],
                  [0.0, 1.0]])
    c, s = np.cos(theta), np.sin(theta)
    R = np.array([[c, -s],
                  [s, c]])
    M = R @ S          # shear first, so S stands on the right
    return P @ M.T     # rows: (M p)^T = p^T M^T
