import numpy as np


def coordinates_in_basis(B, v):
    """Return the coordinates c of v in the basis given by the columns of B (so B @ c == v)."""
    B = np.asarray(B, dtype=float)
    v = np.asarray(v, dtype=float)
    # TODO: find c with B c = v.
    return np.zeros_like(v)
