"""Your matrix looks like minus the answer: a reflection in the line perpendicular to the mirror. Vectors on the mirror line must stay fixed, so think R = 2P - I, not I - 2P."""
# Mistake: I - 2 u u^T, the reflection in the line PERPENDICULAR to u (a sign mix-up).
import numpy as np


def reflection_matrix(basis):
    basis = np.asarray(basis, dtype=float)
    u = basis[:, 0] / np.linalg.norm(basis[:, 0])
    return np.eye(2) - 2.0 * np.outer(u, u)
