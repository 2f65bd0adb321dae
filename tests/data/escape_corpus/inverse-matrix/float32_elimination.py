"""Eliminates in float32, so the inverse carries errors around 1e-7 relative or worse (classic precision loss; float64 is numpy's default)."""
import numpy as np


def inverse(A):
    A = np.asarray(A, dtype=np.float32)
    n = A.shape[0]
    M = np.hstack([A, np.eye(n, dtype=np.float32)])
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))
        M[[k, p]] = M[[p, k]]
        M[k] = M[k] / M[k, k]
        for i in range(n):
            if i != k:
                M[i] = M[i] - M[i, k] * M[k]
    return M[:, n:]
