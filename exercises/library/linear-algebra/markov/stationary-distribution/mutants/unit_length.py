"""Your vector seems to have length 1 rather than entries that add up to 1. A probability distribution is scaled by its sum, not by its Euclidean norm."""
# Mistake: normalises the eigenvector to unit LENGTH (as eig does) instead of unit SUM.
import numpy as np


def stationary_distribution(P):
    lam, V = np.linalg.eig(np.asarray(P, dtype=float))
    v = np.real(V[:, np.argmin(np.abs(lam - 1.0))])
    return np.abs(v) / np.linalg.norm(v)
