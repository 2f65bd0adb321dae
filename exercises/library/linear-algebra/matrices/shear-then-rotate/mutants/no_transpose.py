"""Each point seems to be sent through M^T instead of M. With points stored as rows, the image of a row p^T is p^T M^T, not p^T M."""
# Mistake: multiplies the rows by M instead of M^T (P @ M), i.e. applies M^T to each point.
import numpy as np


def shear_then_rotate(P, k, theta):
    P = np.asarray(P, dtype=float)
    S = np.array([[1.0, k], [0.0, 1.0]])
    c, s = np.cos(theta), np.sin(theta)
    R = np.array([[c, -s], [s, c]])
    return P @ (R @ S)
