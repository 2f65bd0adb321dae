"""Accumulates the dot products in float32, keeping only about 7 significant digits (classic precision loss; numpy works in float64)."""
import numpy as np


def matmul(A, B):
    A = np.asarray(A, dtype=np.float32)
    B = np.asarray(B, dtype=np.float32)
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p), dtype=np.float32)
    for i in range(m):
        for k in range(p):
            total = np.float32(0.0)
            for j in range(n):
                total += A[i, j] * B[j, k]
            C[i, k] = total
    return C
