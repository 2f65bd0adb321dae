"""Your solution seems to be stored in an integer array when U and b hold integers, so every x_i loses its fraction. Create x as a float array (for example np.zeros(n)), whatever the type of b."""
# Mistake: allocates x with the dtype of b (np.zeros_like(b)). For integer inputs every x_i is
# truncated towards zero when it is stored, and the result is not a float array.
import numpy as np


def back_substitution(U, b):
    U = np.asarray(U)
    b = np.asarray(b)
    n = U.shape[0]
    x = np.zeros_like(b)
    for i in range(n - 1, -1, -1):
        x[i] = (b[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
