"""Your ranks look roughly right but not accurate enough, as if you stopped once the change fell below 0.01. Keep iterating until the change is tiny, around 1e-10."""
# Mistake: stops the power iteration as soon as the change is below 0.01, as if two decimals
# were enough; the ranks are then off by far more than the required accuracy.
import numpy as np


def pagerank(link_matrix, d):
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L + (1.0 - d) / n * np.ones((n, n))
    r = 100.0 * np.ones(n) / n
    while True:
        r_new = M @ r
        if np.linalg.norm(r_new - r) < 0.01:
            return r_new
        r = r_new
