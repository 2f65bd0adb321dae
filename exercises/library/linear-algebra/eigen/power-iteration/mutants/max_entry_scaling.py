"""Your eigenvector seems to point the right way but not have unit length, as if scaled so its largest entry is 1. The task asks for a vector of length 1."""
# Mistake: rescales by the entry of largest absolute value (a common textbook variant) and
# returns that vector: the direction is right, but it is not a unit vector.
import numpy as np


def power_iteration(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    x = np.ones(n)
    lam = 0.0
    for _ in range(10_000):
        y = A @ x
        lam = y[np.argmax(np.abs(y))]
        x_new = y / lam
        if np.linalg.norm(x_new - x) < 1e-12:
            x = x_new
            break
        x = x_new
    return float(lam), x
