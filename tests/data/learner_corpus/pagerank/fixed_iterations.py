"""wrong: applies r = M r a fixed 20 times instead of iterating until the change is below 1e-10, so the ranks are only roughly converged when d is close to 1."""
import numpy as np


def pagerank(link_matrix, d):
    """Return the PageRank of the column-stochastic link matrix with damping d, summing to 100."""
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L + (1 - d) / n * np.ones((n, n))
    r = 100.0 * np.ones(n) / n
    for _ in range(20):
        r = M @ r
    return r
