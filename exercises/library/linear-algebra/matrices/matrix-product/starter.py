import numpy as np


def matmul(A, B):
    """Return the matrix product AB of A (m x n) and B (n x p), an (m x p) array."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    C = np.zeros((A.shape[0], B.shape[1]))
    # TODO: fill C[i, k] with the dot product of row i of A and column k of B.
    return C
