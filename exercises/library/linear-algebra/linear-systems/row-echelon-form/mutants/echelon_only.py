"""Your result looks like a row echelon form with entries still above the pivots. In the reduced form each pivot is the only nonzero entry in its column, above as well as below."""
# Mistake: only eliminates BELOW each pivot, so the result is a row echelon form with unit
# pivots, but the entries above the pivots are not cleared.
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
        R[row] /= R[row, col]
        for i in range(row + 1, m):
            R[i] -= R[i, col] * R[row]
        row += 1
    R[np.abs(R) <= 1e-10] = 0.0
    return R
