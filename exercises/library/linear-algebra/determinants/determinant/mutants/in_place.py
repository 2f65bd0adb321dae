"""Your determinant looks right, but A itself seems to be changed into its triangular form afterwards. Do the elimination on a separate copy and leave A as it was."""
# Mistake: eliminates directly in A (np.asarray does not copy a float array): the value is
# right, but the caller's matrix is overwritten by its triangular form.
import numpy as np


def determinant(A):
    U = np.asarray(A)
    n = U.shape[0]
    sign = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if U[p, k] == 0.0:
            return 0.0
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        U[k + 1:] -= np.outer(U[k + 1:, k] / U[k, k], U[k])
    return float(sign * np.prod(np.diag(U)))
