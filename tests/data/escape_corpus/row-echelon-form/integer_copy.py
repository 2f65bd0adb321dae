"""Copies A without converting to float, so an integer-typed A is eliminated in integer storage and truncated (statement: return a float array)."""
import numpy as np


def rref(A):
    R = np.array(A)
    m, n = R.shape
    r = 0
    for c in range(n):
        if r == m:
            break
        rows = [p for p in range(r, m) if abs(R[p, c]) > 1e-10]
        if not rows:
            continue
        R[[r, rows[0]]] = R[[rows[0], r]]
        R[r] = R[r] / R[r, c]
        for i in range(m):
            if i != r:
                R[i] = R[i] - R[i, c] * R[r]
        r += 1
    return R
