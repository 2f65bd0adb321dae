"""Counts pivots that are not exactly zero, so rounding noise becomes a pivot (statement: "non-zero" needs a tolerance)."""
import numpy as np


def rank(A):
    R = np.array(A, dtype=float)
    m, n = R.shape
    r = 0
    for c in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(R[r:, c])))
        if R[p, c] == 0.0:
            continue
        R[[r, p]] = R[[p, r]]
        R[r + 1:] -= np.outer(R[r + 1:, c] / R[r, c], R[r])
        r += 1
    return r
