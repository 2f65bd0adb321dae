"""Your inverse looks right, but A itself seems to be reduced to the identity along the way. Row-reduce a separate copy and leave A unchanged."""
# Mistake: reduces A itself alongside the identity (np.asarray does not copy a float array).
# The returned inverse is right, but the caller's A has been turned into the identity.
import numpy as np


def inverse(A):
    A = np.asarray(A)
    n = A.shape[0]
    B = np.eye(n)
    for k in range(n):
        p = k + int(np.argmax(np.abs(A[k:, k])))
        A[[k, p]] = A[[p, k]]
        B[[k, p]] = B[[p, k]]
        B[k] /= A[k, k]
        A[k] /= A[k, k]
        for i in range(n):
            if i != k:
                B[i] -= A[i, k] * B[k]
                A[i] -= A[i, k] * A[k]
    return B
