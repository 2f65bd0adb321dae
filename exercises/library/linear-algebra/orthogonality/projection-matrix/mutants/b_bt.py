"""Your matrix looks like B B^T, which projects only when the columns of B are orthonormal. In general the factor (B^T B)^-1 between B and B^T is essential."""
# Mistake: P = B B^T, which is the projection only when the columns of B are orthonormal.
import numpy as np


def projection_matrix(B):
    B = np.asarray(B, dtype=float)
    return B @ B.T
