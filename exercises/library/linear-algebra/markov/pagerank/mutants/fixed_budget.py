"""Your ranks seem not yet converged when d is close to 1, as if you ran a fixed number of steps (50 or so). The error shrinks only like d^k, and 0.99^50 is still 0.6: iterate until the change is below 1e-10, or solve the linear system directly."""
# Mistake: runs a fixed 50 steps of r = M r. With d = 0.99 and a web whose undamped chain does
# not mix (a trap, a separate group), the error is still of order 0.99^50.
import numpy as np


def pagerank(link_matrix, d):
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L + (1.0 - d) / n * np.ones((n, n))
    r = 100.0 * np.ones(n) / n
    for _ in range(50):
        r = M @ r
    return r
