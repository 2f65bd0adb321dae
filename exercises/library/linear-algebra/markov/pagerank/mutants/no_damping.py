"""Your ranks seem to ignore the damping factor, as if the surfer always followed a link. With probability 1 - d they jump to a uniformly random page, which changes the ranks."""
# Mistake: ignores the damping factor and iterates with the bare link matrix L.
import numpy as np


def pagerank(link_matrix, d):
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    r = 100.0 * np.ones(n) / n
    for _ in range(10_000):
        r_new = L @ r
        if np.linalg.norm(r_new - r) < 1e-10:
            return r_new
        r = r_new
    return r
