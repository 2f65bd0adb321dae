"""Your inverse seems to keep the integer type of an integer A, so the fractions of the inverse are lost (or the division fails). Build the augmented matrix [A | I] as a float array: an inverse has fractions even when A has none."""
# Mistake: builds [A | I] with the dtype of A. For an integer A the augmented matrix is an
# integer array: the row operations truncate, and the result is not a float array.
import numpy as np


def inverse(A):
    A = np.asarray(A)
    n = A.shape[0]
    M = np.hstack([A, np.eye(n, dtype=A.dtype)])
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))
        M[[k, p]] = M[[p, k]]
        M[k] = M[k] / M[k, k]
        for i in range(n):
            if i != k:
                M[i] = M[i] - M[i, k] * M[k]
    return M[:, n:]
