"""Stops once the ranks agree to two decimals (change below 0.005), what the statement warns against (statement: iterate until the change is below 1e-10)."""
import numpy as np


def pagerank(link_matrix, d):
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    r = np.full(n, 100.0 / n)
    while True:
        new = d * (L @ r) + (1 - d) * r.sum() / n
        if np.max(np.abs(new - r)) < 0.005:
            return new
        r = new
