"""Solves in float32, so every entry carries relative errors around 1e-7 that grow up the triangle (classic precision loss)."""
import numpy as np


def back_substitution(U, b):
    U = np.asarray(U, dtype=np.float32)
    b = np.asarray(b, dtype=np.float32)
    n = U.shape[0]
    x = np.zeros(n, dtype=np.float32)
    for i in reversed(range(n)):
        x[i] = (b[i] - np.dot(U[i, i + 1:], x[i + 1:])) / U[i, i]
    return x
