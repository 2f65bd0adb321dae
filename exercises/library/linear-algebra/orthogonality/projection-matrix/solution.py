import numpy as np


def projection_matrix(B):
    """Return the (m, m) matrix of the orthogonal projection onto the column space of B."""
    B = np.asarray(B, dtype=float)
    P = B @ np.linalg.solve(B.T @ B, B.T)   # B (B^T B)^{-1} B^T
    return (P + P.T) / 2                     # remove the rounding asymmetry
