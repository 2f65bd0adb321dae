"""Your matrix seems to rotate clockwise, as R(-theta) would. The image of (1, 0) should be (cos theta, sin theta), so check which sine carries the minus sign."""
# Mistake: puts the minus sign on the wrong sine, which gives the clockwise rotation R(-theta).
import numpy as np


def rotation_matrix(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, s], [-s, c]])
