"""wrong: works directly in the columns of the caller's array (v = A[:, k] is a view and v -= ... writes into it), so A is overwritten with the result although the values returned are right."""
import numpy as np


def gram_schmidt(A):
    """Orthonormalise the columns of A in order; dependent columns become zero columns."""
    A = np.asarray(A, dtype=float)   # no copy for a float array
    m, n = A.shape
    for k in range(n):
        v = A[:, k]                  # a view into the caller's array
        for j in range(k):
            v -= (A[:, j] @ v) * A[:, j]
        norm = np.linalg.norm(v)
        if norm >= 1e-10:
            v /= norm
        else:
            v[:] = 0.0
    return A
