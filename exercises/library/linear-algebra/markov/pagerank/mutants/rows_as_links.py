"""You seem to read the links from the rows of L, as if using its transpose. Here column j holds the outgoing links of page j, so the chain moves by L itself."""
# Mistake: reads the links from the rows, iterating with L^T instead of L.
import numpy as np


def pagerank(link_matrix, d):
    L = np.asarray(link_matrix, dtype=float).T
    n = L.shape[0]
    M = d * L + (1.0 - d) / n * np.ones((n, n))
    r = 100.0 * np.ones(n) / n
    for _ in range(10_000):
        r_new = M @ r
        if np.linalg.norm(r_new - r) < 1e-10:
            return r_new
        r = r_new
    return r
