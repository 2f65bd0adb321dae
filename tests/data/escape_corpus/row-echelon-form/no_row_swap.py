"""Only looks at the entry in the pivot row and calls the column free when it is zero, never swapping rows (statement: find p >= r with |R_pc| > 1e-10, then swap)."""
import numpy as np


def rref(A):
    R = np.array(A, dtype=float)
    m, n = R.shape
    r = 0
    for c in range(n):
        if r == m:
            break
        if abs(R[r, c]) <= 1e-10:
            continue
        R[r] = R[r] / R[r, c]
        for i in range(m):
            if i != r:
                R[i] = R[i] - R[i, c] * R[r]
        r += 1
    return R
