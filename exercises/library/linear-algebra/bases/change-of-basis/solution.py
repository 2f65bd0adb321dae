import numpy as np


def coordinates_in_basis(B, v):
    """Return the coordinates c of v in the basis given by the columns of B (so B @ c == v)."""
    B = np.asarray(B, dtype=float)
    v = np.asarray(v, dtype=float)
    return np.linalg.solve(B, v)   # c = B^{-1} v, without forming the inverse
