"""You seem to return the projection P onto the mirror line. A reflection keeps the part Px but flips the perpendicular part x - Px, which gives 2P - I."""
# Mistake: returns the projection u u^T onto the line instead of the reflection 2 u u^T - I.
import numpy as np


def reflection_matrix(basis):
    basis = np.asarray(basis, dtype=float)
    u = basis[:, 0] / np.linalg.norm(basis[:, 0])
    return np.outer(u, u)
