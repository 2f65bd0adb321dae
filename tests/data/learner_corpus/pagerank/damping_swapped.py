"""wrong: swaps the roles of d and 1 - d, building M = (1 - d) L + d/n J, so the surfer follows links with probability 1 - d."""
import numpy as np


def pagerank(link_matrix, d):
    """Return the PageRank of the column-stochastic link matrix with damping d, summing to 100."""
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = (1 - d) * L + d / n * np.ones((n, n))
    r = 100.0 * np.ones(n) / n
    for _ in range(100000):
        r_new = M @ r
        if np.abs(r_new - r).max() < 1e-10:
            return r_new
        r = r_new
    return r
