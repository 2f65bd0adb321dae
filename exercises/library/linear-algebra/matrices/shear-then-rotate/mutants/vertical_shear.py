"""Your shear seems to move points vertically, (x, y) to (x, y + kx). The task's shear is horizontal: (x, y) goes to (x + ky, y)."""
# Mistake: uses the vertical shear (x, y) -> (x, y + k x), i.e. S = [[1, 0], [k, 1]].
import numpy as np


def shear_then_rotate(P, k, theta):
    P = np.asarray(P, dtype=float)
    S = np.array([[1.0, 0.0], [k, 1.0]])
    c, s = np.cos(theta), np.sin(theta)
    R = np.array([[c, -s], [s, c]])
    return P @ (R @ S).T
