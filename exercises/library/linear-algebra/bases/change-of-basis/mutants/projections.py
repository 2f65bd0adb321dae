"""You seem to project v onto each basis vector on its own. That works only when the basis vectors are perpendicular; in general the coordinates must be found together by solving Bc = v."""
# Mistake: projects v on each basis vector separately, c_i = (b_i . v) / (b_i . b_i), which is
# right only when the basis vectors are mutually perpendicular.
import numpy as np


def coordinates_in_basis(B, v):
    B = np.asarray(B, dtype=float)
    v = np.asarray(v, dtype=float)
    return (B.T @ v) / np.sum(B * B, axis=0)
