"""You seem to return the diagonal entries a and d. Those are the eigenvalues only of a triangular matrix; in general solve lambda^2 - (tr A) lambda + det A = 0."""
# Mistake: returns the diagonal entries, which are the eigenvalues only of triangular matrices.
import numpy as np


def eigenvalues_2x2(A):
    A = np.asarray(A, dtype=float)
    return [A[0, 0], A[1, 1]]
