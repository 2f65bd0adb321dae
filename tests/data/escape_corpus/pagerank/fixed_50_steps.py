"""Runs a fixed 50 steps of r = M r: with d near 1 the error d^50 is far above 1e-6 (statement: iterate until the change is below 1e-10)."""
import numpy as np


def pagerank(link_matrix, d):
    L = np.asarray(link_matrix, dtype=float)
    n = L.shape[0]
    M = d * L + (1 - d) / n * np.ones((n, n))
    r = 100.0 * np.ones(n) / n
    for _ in range(50):
        r = M @ r
    return r
