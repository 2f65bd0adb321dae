"""wrong: iterates from the uniform probability vector (1/n each) and returns ranks summing to 1, forgetting to scale them to 100."""
import numpy as np


def pagerank(link_matrix, d):
    """Return the PageRank of the column-stochastic link matrix with damping d, summing to 100."""
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L + (1 - d) / n * np.ones((n, n))
    r = np.ones(n) / n
    for _ in range(100000):
        r_new = M @ r
        if np.abs(r_new - r).max() < 1e-12:
            return r_new
        r = r_new
    return r
