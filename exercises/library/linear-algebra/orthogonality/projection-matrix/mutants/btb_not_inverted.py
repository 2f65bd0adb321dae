# Mistake: uses B^T B in the middle without inverting it: P = B (B^T B) B^T.
import numpy as np


def projection_matrix(B):
    B = np.asarray(B, dtype=float)
    return B @ (B.T @ B) @ B.T
