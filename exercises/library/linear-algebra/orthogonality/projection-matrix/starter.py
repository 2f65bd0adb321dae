import numpy as np


def projection_matrix(B):
    """Return the (m, m) matrix of the orthogonal projection onto the column space of B."""
    B = np.asarray(B, dtype=float)
    m = B.shape[0]
    # TODO: P = B (B^T B)^{-1} B^T
    return np.zeros((m, m))
