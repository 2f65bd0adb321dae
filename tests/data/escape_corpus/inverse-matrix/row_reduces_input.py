"""Row-reduces A in place next to the identity when A is a float array (statement: do not modify A)."""
import numpy as np


def inverse(A):
    M = np.asarray(A, dtype=float)
    n = M.shape[0]
    inv = np.eye(n)
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))
        M[[k, p]] = M[[p, k]]
        inv[[k, p]] = inv[[p, k]]
        pivot = M[k, k]
        M[k] /= pivot
        inv[k] /= pivot
        for i in range(n):
            if i != k:
                factor = M[i, k]
                M[i] -= factor * M[k]
                inv[i] -= factor * inv[k]
    return inv
