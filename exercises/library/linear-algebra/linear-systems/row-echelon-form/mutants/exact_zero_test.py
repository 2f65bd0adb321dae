"""Rounding noise such as 1e-16 seems to be treated as a pivot and scaled up to 1. Treat any value with absolute size at most 1e-10 as zero when choosing pivots."""
# Mistake: tests for a zero pivot with == 0. On floats a dependent row leaves rounding noise
# such as 1e-16, which is then taken as a pivot and blown up to 1.
import numpy as np


def rref(A):
    R = np.array(A, dtype=float)
    m, n = R.shape
    row = 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))
        if R[p, col] == 0:
            continue
        R[[row, p]] = R[[p, row]]
        R[row] /= R[row, col]
        for i in range(m):
            if i != row:
                R[i] -= R[i, col] * R[row]
        row += 1
    return R
