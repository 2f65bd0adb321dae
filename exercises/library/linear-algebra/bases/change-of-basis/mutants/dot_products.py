"""You seem to take the dot product of v with each basis vector. That gives the coordinates only for an orthonormal basis; in general c is the solution of Bc = v."""
# Mistake: takes the dot product of v with each basis vector (B^T v), which gives the
# coordinates only for an ORTHONORMAL basis.
import numpy as np


def coordinates_in_basis(B, v):
    return np.asarray(B, dtype=float).T @ np.asarray(v, dtype=float)
