"""Runs a fixed 30 steps with no convergence test: with |lambda2| = 0.75 |lambda1| the error is still about 0.75^30 = 2e-4 (statement: stop when the change is below 1e-12)."""
import numpy as np


def power_iteration(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    x = np.ones(n) / np.sqrt(n)
    for _ in range(30):
        y = A @ x
        x = y / np.linalg.norm(y)
    return float(x @ A @ x), x
