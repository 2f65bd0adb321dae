"""correct: solves the linear system (I - d L) r = (1 - d)/n * ones directly with np.linalg.solve, then rescales r to sum to 100."""
import numpy as np


def pagerank(link_matrix, d):
    """Return the PageRank of the column-stochastic link matrix with damping d, summing to 100."""
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    r = np.linalg.solve(np.eye(n) - d * L, (1 - d) / n * np.ones(n))
    return 100.0 * r / r.sum()
