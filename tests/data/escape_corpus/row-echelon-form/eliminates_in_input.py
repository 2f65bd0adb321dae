"""Eliminates directly in A when it is a float array (statement: do not modify A)."""
import numpy as np


def rref(A):
    R = np.asarray(A, dtype=float)
    m, n = R.shape
    r = 0
    for c in range(n):
        if r == m:
            break
        candidates = np.nonzero(np.abs(R[r:, c]) > 1e-10)[0]
        if candidates.size == 0:
            continue
        p = r + candidates[0]
        R[[r, p]] = R[[p, r]]
        R[r] /= R[r, c]
        for i in range(m):
            if i != r:
                R[i] -= R[i, c] * R[r]
        r += 1
    R[np.abs(R) <= 1e-10] = 0.0
    return R
