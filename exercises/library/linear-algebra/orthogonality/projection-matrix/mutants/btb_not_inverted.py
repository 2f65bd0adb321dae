"""You seem to put B^T B itself between B and B^T instead of its inverse. The result is not a projection: check that your P satisfies P^2 = P and PB = B."""
# Mistake: uses B^T B in the middle without inverting it: P = B (B^T B) B^T.
import numpy as np


def projection_matrix(B):
    B = np.asarray(B, dtype=float)
    return B @ (B.T @ B) @ B.T
