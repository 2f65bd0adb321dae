"""Your Q looks right, but A itself seems to be overwritten with it. Build Q in a new array and leave A unchanged: the caller may still need the original vectors."""
# Mistake: orthonormalises the columns of A in place (np.asarray does not copy a float array)
# and returns A: the value is right, but the caller's matrix is destroyed.
import numpy as np


def gram_schmidt(A):
    Q = np.asarray(A, dtype=float)
    n = Q.shape[1]
    for k in range(n):
        v = Q[:, k]
        for j in range(k):
            v -= (Q[:, j] @ v) * Q[:, j]
        norm = np.linalg.norm(v)
        if norm >= 1e-10:
            v /= norm
        else:
            v[:] = 0.0
    return Q
