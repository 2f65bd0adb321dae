"""wrong: solves in place in the caller's b (x = b, no copy), which modifies b and, for an integer b, truncates every solution entry to an integer."""
import numpy as np


def back_substitution(U, b):
    """Solve U x = b for an upper triangular U with non-zero diagonal; return x."""
    U = np.asarray(U)
    x = np.asarray(b)                # the same array as the caller's b
    n = U.shape[0]
    for i in range(n - 1, -1, -1):
        x[i] = (x[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
