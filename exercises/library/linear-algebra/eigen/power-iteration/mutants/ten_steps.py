"""Your answer seems not yet converged, as if you stopped after a fixed small number of steps. Keep iterating until successive vectors agree (up to sign) within the tolerance."""
# Mistake: stops after a fixed 10 steps, long before the other eigen-directions have died out.
import numpy as np


def power_iteration(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    x = np.ones(n) / np.sqrt(n)
    for _ in range(10):
        y = A @ x
        x = y / np.linalg.norm(y)
    return float(x @ A @ x), x
