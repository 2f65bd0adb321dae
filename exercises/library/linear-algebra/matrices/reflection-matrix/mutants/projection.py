# Mistake: returns the projection u u^T onto the line instead of the reflection 2 u u^T - I.
import numpy as np


def reflection_matrix(basis):
    basis = np.asarray(basis, dtype=float)
    u = basis[:, 0] / np.linalg.norm(basis[:, 0])
    return np.outer(u, u)
