"""correct: takes the eigenvector of the damped matrix M for the eigenvalue closest to 1 (np.linalg.eig) and rescales it, sign included, to sum to 100."""
import numpy as np


def pagerank(link_matrix, d):
    """Return the PageRank of the column-stochastic link matrix with damping d, summing to 100."""
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L + (1 - d) / n * np.ones((n, n))
    values, vectors = np.linalg.eig(M)
    k = np.argmin(np.abs(values - 1.0))
    v = np.real(vectors[:, k])
    return 100.0 * v / v.sum()
