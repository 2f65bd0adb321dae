"""wrong: loops i = 0, 1, ..., n-1 from the top down, so each row uses entries of x below it that are still zero instead of the already-solved values."""
import numpy as np


def back_substitution(U, b):
    """Solve U x = b for an upper triangular U with non-zero diagonal; return x."""
    U = np.asarray(U)
    n = U.shape[0]
    x = np.zeros(n)
    for i in range(n):
        x[i] = (b[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
