import numpy as np


def inverse(A):
    """Return the inverse of the non-singular square matrix A."""
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])  # [A | I], a new array
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))   # partial pivoting
        M[[k, p]] = M[[p, k]]
        M[k] /= M[k, k]                            # pivot becomes 1
        for i in range(n):
            if i != k:
                M[i] -= M[i, k] * M[k]             # clear the column above and below
    return M[:, n:]
