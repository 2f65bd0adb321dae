# Mistake: mixes up sine and cosine.
import numpy as np


def rotation_matrix(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[s, -c], [c, s]])
