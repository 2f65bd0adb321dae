"""Your pivots do not seem to be 1: the columns are cleared, but each pivot row keeps its original scale. Divide each pivot row by its pivot."""
# Mistake: eliminates above and below the pivots but never divides the pivot row by the
# pivot, so the pivots are not 1.
import numpy as np


def rref(A):
    R = np.array(A, dtype=float)
    m, n = R.shape
    row = 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))
        if abs(R[p, col]) <= 1e-10:
            continue
        R[[row, p]] = R[[p, row]]
        for i in range(m):
            if i != row:
                R[i] -= R[i, col] / R[row, col] * R[row]
        row += 1
    R[np.abs(R) <= 1e-10] = 0.0
    return R
