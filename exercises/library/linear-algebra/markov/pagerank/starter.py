import numpy as np


def pagerank(link_matrix, d):
    """Return the PageRank of the column-stochastic link matrix with damping d, summing to 100."""
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    r = 100.0 * np.ones(n) / n
    # TODO: build M = d L + (1 - d)/n J and iterate r = M r until it stops changing.
    return r
