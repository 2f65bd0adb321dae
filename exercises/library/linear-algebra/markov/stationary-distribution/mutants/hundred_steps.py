"""Your distribution seems not yet converged on slowly mixing chains, as after a fixed number of steps. Solve P pi = pi with entries summing to 1, or iterate until the change is negligible."""
# Mistake: runs the chain for a fixed 100 steps from the uniform distribution and stops,
# which is far from enough for slowly mixing chains.
import numpy as np


def stationary_distribution(P):
    P = np.asarray(P, dtype=float)
    n = P.shape[0]
    p = np.ones(n) / n
    for _ in range(100):
        p = P @ p
    return p
