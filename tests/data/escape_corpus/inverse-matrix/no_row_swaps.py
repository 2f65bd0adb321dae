"""Gauss-Jordan without row swaps, dividing by a zero pivot when one appears (statement: A may need row swaps)."""
import numpy as np


def inverse(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])
    with np.errstate(divide="ignore", invalid="ignore"):
        for k in range(n):
            M[k] = M[k] / M[k, k]
            for i in range(n):
                if i != k:
                    M[i] = M[i] - M[i, k] * M[k]
    return M[:, n:]
