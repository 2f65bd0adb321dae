import numpy as np


def pagerank(link_matrix, d):
    """Return the PageRank of the column-stochastic link matrix with damping d, summing to 100."""
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    # M r = r with M = d L + (1-d)/n J and sum(r) = 1 is the linear system (I - d L) r = (1-d)/n 1.
    r = np.linalg.solve(np.eye(n) - d * L, np.full(n, (1.0 - d) / n))
    return 100.0 * r / r.sum()
