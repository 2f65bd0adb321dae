"""Your rank seems too low when a column's first candidate pivot is zero but an entry below it is not. Elimination must look down the column and swap a non-zero entry up before it calls the column free."""
# Mistake: Gaussian elimination without row exchanges: when the entry in the pivot position
# is zero, the column is skipped even if a row below has a non-zero entry there.
import numpy as np


def rank(A):
    R = np.array(A, dtype=float)
    m, n = R.shape
    r = 0
    for c in range(n):
        if r == m:
            break
        if abs(R[r, c]) <= 1e-10:
            continue
        R[r + 1:] -= np.outer(R[r + 1:, c] / R[r, c], R[r])
        r += 1
    return r
