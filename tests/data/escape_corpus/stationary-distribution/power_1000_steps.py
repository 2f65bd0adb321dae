"""Applies P a fixed 1000 times from the uniform start, not enough for slowly mixing chains (statement: P pi = pi; some chains mix slowly)."""
import numpy as np


def stationary_distribution(P):
    P = np.asarray(P, dtype=float)
    n = P.shape[0]
    pi = np.full(n, 1.0 / n)
    for _ in range(1000):
        pi = P @ pi
    return pi / pi.sum()
