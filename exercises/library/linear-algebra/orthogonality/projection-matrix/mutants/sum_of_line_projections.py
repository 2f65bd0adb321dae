"""You seem to add up the projections onto each column separately. That equals the projection onto the subspace only when the columns are mutually perpendicular."""
# Mistake: adds up the projections onto each column separately, sum of b b^T / (b^T b).
# That is the projection onto the subspace only when the columns are mutually perpendicular.
import numpy as np


def projection_matrix(B):
    B = np.asarray(B, dtype=float)
    m, n = B.shape
    P = np.zeros((m, m))
    for j in range(n):
        b = B[:, j]
        P += np.outer(b, b) / (b @ b)
    return P
