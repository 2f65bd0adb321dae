"""You seem to look for row i's pivot only in column i. When a column has no pivot, the pivot row must stay put while you move to the next column."""
# Mistake: looks for the pivot of row i in column i only. When a column has no pivot it
# moves on to the next row AND the next column, so the staircase gets out of step on
# rank-deficient and wide matrices.
import numpy as np


def rref(A):
    R = np.array(A, dtype=float)
    m, n = R.shape
    for i in range(min(m, n)):
        p = i + int(np.argmax(np.abs(R[i:, i])))
        if abs(R[p, i]) <= 1e-10:
            continue
        R[[i, p]] = R[[p, i]]
        R[i] /= R[i, i]
        for k in range(m):
            if k != i:
                R[k] -= R[k, i] * R[i]
    R[np.abs(R) <= 1e-10] = 0.0
    return R
