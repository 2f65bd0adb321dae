"""The inverse seems to be on the wrong side: V^-1 Lambda^k V instead of V Lambda^k V^-1. Read right to left: go to eigen-coordinates with V^-1, scale, then come back with V."""
# Mistake: puts the inverse on the wrong side, V^{-1} Lambda^k V.
import numpy as np


def power_by_diagonalization(A, k):
    lam, V = np.linalg.eig(np.asarray(A, dtype=float))
    return np.real(np.linalg.inv(V) @ np.diag(lam ** k) @ V)
