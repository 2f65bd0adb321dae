"""wrong: builds the damped matrix from L.T instead of L, treating rows as the links out of a page although L is column-stochastic."""
import numpy as np


def pagerank(link_matrix, d):
    """Return the PageRank of the column-stochastic link matrix with damping d, summing to 100."""
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L.T + (1 - d) / n * np.ones((n, n))
    r = 100.0 * np.ones(n) / n
    for _ in range(100000):
        r_new = M @ r
        r_new *= 100.0 / r_new.sum()
        if np.abs(r_new - r).max() < 1e-10:
            r = r_new
            break
        r = r_new
    return r
