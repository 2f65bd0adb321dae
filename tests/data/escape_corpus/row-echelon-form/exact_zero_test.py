"""Accepts any entry that is not exactly 0 as a pivot, so rounding noise like 1e-16 becomes a pivot (statement: treat |x| <= 1e-10 as zero)."""
import numpy as np


def rref(A):
    R = np.array(A, dtype=float)
    m, n = R.shape
    r = 0
    for c in range(n):
        if r == m:
            break
        rows = [p for p in range(r, m) if R[p, c] != 0.0]
        if not rows:
            continue
        p = rows[0]
        R[[r, p]] = R[[p, r]]
        R[r] = R[r] / R[r, c]
        for i in range(m):
            if i != r:
                R[i] = R[i] - R[i, c] * R[r]
        r += 1
    return R
