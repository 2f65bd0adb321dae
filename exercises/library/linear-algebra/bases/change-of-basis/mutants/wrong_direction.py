"""You seem to compute Bv, which turns new coordinates into standard ones: the opposite direction. You need the c with Bc = v, that is c = B^-1 v."""
# Mistake: multiplies by B, which turns NEW coordinates into standard ones: the opposite direction.
import numpy as np


def coordinates_in_basis(B, v):
    return np.asarray(B, dtype=float) @ np.asarray(v, dtype=float)
