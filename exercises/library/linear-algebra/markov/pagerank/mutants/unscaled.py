"""Your ranks seem to sum to 1 rather than 100. The task asks for percentages, so scale the stationary vector to total 100."""
# Mistake: returns the probabilities (summing to 1) instead of scaling them to sum to 100.
import numpy as np


def pagerank(link_matrix, d):
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L + (1.0 - d) / n * np.ones((n, n))
    r = np.ones(n) / n
    for _ in range(10_000):
        r_new = M @ r
        if np.linalg.norm(r_new - r) < 1e-12:
            return r_new
        r = r_new
    return r
