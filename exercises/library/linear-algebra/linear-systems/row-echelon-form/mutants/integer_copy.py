"""Your answer seems to keep the integer type of an integer A, so divided pivot rows get truncated (or the division fails). Start from a copy converted to floats: the reduced form has fractions even when A has none."""
# Mistake: copies A without converting it to float. For an integer-typed A the copy is an
# integer array: dividing a pivot row truncates, and the result is not a float array.
import numpy as np


def rref(A):
    R = np.array(A)
    m, n = R.shape
    row = 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))
        if abs(R[p, col]) <= 1e-10:
            continue
        R[[row, p]] = R[[p, row]]
        R[row] = R[row] / R[row, col]
        for i in range(m):
            if i != row:
                R[i] = R[i] - R[i, col] * R[row]
        row += 1
    return R
