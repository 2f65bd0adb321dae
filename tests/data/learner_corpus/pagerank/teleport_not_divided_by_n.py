"""wrong: writes the teleport term as (1 - d) J without dividing by n, so M is not column-stochastic; renormalising r to 100 at every step hides the blow-up but converges to the wrong vector."""
import numpy as np


def pagerank(link_matrix, d):
    """Return the PageRank of the column-stochastic link matrix with damping d, summing to 100."""
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L + (1 - d) * np.ones((n, n))
    r = 100.0 * np.ones(n) / n
    for _ in range(100000):
        r_new = M @ r
        r_new *= 100.0 / r_new.sum()
        if np.abs(r_new - r).max() < 1e-10:
            return r_new
        r = r_new
    return r
