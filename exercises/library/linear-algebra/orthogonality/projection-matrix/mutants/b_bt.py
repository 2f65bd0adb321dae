# Mistake: P = B B^T, which is the projection only when the columns of B are orthonormal.
import numpy as np


def projection_matrix(B):
    B = np.asarray(B, dtype=float)
    return B @ B.T
