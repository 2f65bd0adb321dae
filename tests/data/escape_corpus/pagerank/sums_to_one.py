"""Returns probabilities summing to 1, not percentages (statement: entries summing to 100)."""
import numpy as np


def pagerank(link_matrix, d):
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L + (1 - d) / n
    r = np.ones(n) / n
    for _ in range(100000):
        new = M @ r
        if np.abs(new - r).max() < 1e-14:
            return new
        r = new
    return r
