import numpy as np


def eigenvalues_2x2(A):
    """Return the two eigenvalues of the 2x2 matrix A (complex if needed), in any order."""
    A = np.asarray(A, dtype=float)
    (a, b), (c, d) = A
    # TODO: trace, determinant, then the quadratic formula.
    return [0.0, 0.0]
