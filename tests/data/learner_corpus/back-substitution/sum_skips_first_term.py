"""wrong: off-by-one in the inner sum, which starts at j = i + 2 instead of j = i + 1, so the term U[i, i+1] x[i+1] is never subtracted."""
import numpy as np


def back_substitution(U, b):
    """Solve U x = b for an upper triangular U with non-zero diagonal; return x."""
    U = np.asarray(U)
    n = U.shape[0]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        s = 0.0
        for j in range(i + 2, n):
            s += U[i, j] * x[j]
        x[i] = (b[i] - s) / U[i, i]
    return x
