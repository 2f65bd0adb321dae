"""Your distribution seems unconverged on a very slowly mixing chain, as if the iteration stopped when one step changed p by less than about 1e-8. On such a chain each step changes p by only a tiny fraction of its remaining error, so a small change does not mean p is close to pi. Solve P pi = pi directly, or make the stopping test far stricter."""
# Mistake: power iteration stopped when the L1 change of one step is below 1e-8. With a second
# eigenvalue of 0.9997 the remaining error is then about 4e-5.
import numpy as np


def stationary_distribution(P):
    P = np.asarray(P, dtype=float)
    n = P.shape[0]
    p = np.full(n, 1.0 / n)
    for _ in range(1_000_000):
        new = P @ p
        if np.abs(new - p).sum() < 1e-8:
            return new / new.sum()
        p = new
    return p / p.sum()
