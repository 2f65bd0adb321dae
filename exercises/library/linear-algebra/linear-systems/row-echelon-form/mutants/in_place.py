"""Your reduced form looks right, but A itself seems to be overwritten during elimination. Work on a separate copy and leave A unchanged."""
# Mistake: eliminates directly in A (np.asarray does not copy a float array), so the
# returned matrix is right but the caller's matrix is destroyed.
import numpy as np


def rref(A):
    R = np.asarray(A)
    m, n = R.shape
    row = 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))
        if abs(R[p, col]) <= 1e-10:
            R[row:, col] = 0.0
            continue
        R[[row, p]] = R[[p, row]]
        R[row] /= R[row, col]
        for i in range(m):
            if i != row:
                R[i] -= R[i, col] * R[row]
        row += 1
    return R
