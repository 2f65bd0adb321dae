"""You seem to rotate first and shear second. In a product the map applied first stands on the right, so shear then rotate is R S, not S R."""
# Mistake: composes in reading order, M = S R, which rotates first and shears second.
import numpy as np


def shear_then_rotate(P, k, theta):
    P = np.asarray(P, dtype=float)
    S = np.array([[1.0, k], [0.0, 1.0]])
    c, s = np.cos(theta), np.sin(theta)
    R = np.array([[c, -s], [s, c]])
    return P @ (S @ R).T
