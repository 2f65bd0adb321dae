"""The roles of d and 1 - d seem to be swapped: your surfer follows a link with probability 1 - d. It should follow a link with probability d and jump at random with probability 1 - d."""
# Mistake: swaps the roles of d and 1 - d: follows a link with probability 1 - d.
import numpy as np


def pagerank(link_matrix, d):
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = (1.0 - d) * L + d / n * np.ones((n, n))
    r = 100.0 * np.ones(n) / n
    for _ in range(10_000):
        r_new = M @ r
        if np.linalg.norm(r_new - r) < 1e-10:
            return r_new
        r = r_new
    return r
