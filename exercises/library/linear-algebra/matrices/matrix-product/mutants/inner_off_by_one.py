"""Each entry seems to miss its last term A_in B_nk: your sum over j looks like it stops one index early. The sum should run over all n columns of A."""
# Mistake: the inner sum stops one index early, so the last term A[i, n-1] B[n-1, k] is missed.
import numpy as np


def matmul(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for k in range(p):
            for j in range(n - 1):
                C[i, k] += A[i, j] * B[j, k]
    return C
