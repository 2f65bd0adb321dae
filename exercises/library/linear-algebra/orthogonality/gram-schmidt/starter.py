import numpy as np


def gram_schmidt(A):
    """Orthonormalise the columns of A in order; dependent columns become zero columns."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    # TODO: for each column, subtract its projections on the earlier q's, then normalise
    # (or leave a zero column when almost nothing is left).
    return Q
