"""Your solution seems to skip dividing by the diagonal entry U_ii, as if every pivot were 1. Each x_i is the leftover right-hand side divided by U_ii."""
# Mistake: forgets to divide by the diagonal entry U[i, i] (as if the diagonal were all ones).
import numpy as np


def back_substitution(U, b):
    U = np.asarray(U, dtype=float)
    b = np.asarray(b, dtype=float)
    n = U.shape[0]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = b[i] - U[i, i + 1:] @ x[i + 1:]
    return x
