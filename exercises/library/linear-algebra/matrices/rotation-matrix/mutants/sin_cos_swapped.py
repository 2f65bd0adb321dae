"""Sine and cosine seem to be in each other's places. The first column is the image of (1, 0), which is (cos theta, sin theta); at theta = 0 you should get the identity."""
# Mistake: mixes up sine and cosine.
import numpy as np


def rotation_matrix(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[s, -c], [c, s]])
