# Mistake: multiplies by B, which turns NEW coordinates into standard ones: the opposite direction.
import numpy as np


def coordinates_in_basis(B, v):
    return np.asarray(B, dtype=float) @ np.asarray(v, dtype=float)
