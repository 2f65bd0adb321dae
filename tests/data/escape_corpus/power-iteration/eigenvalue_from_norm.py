"""Takes lambda as ||A x||, which loses the sign of a negative dominant eigenvalue (statement: the eigenvalue with its sign)."""
import numpy as np


def power_iteration(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    x = np.ones(n) / np.sqrt(n)
    lam = 0.0
    for _ in range(10000):
        y = A @ x
        lam = np.linalg.norm(y)
        x_new = y / lam
        done = min(np.linalg.norm(x_new - x), np.linalg.norm(x_new + x)) < 1e-12
        x = x_new
        if done:
            break
    return float(lam), x
