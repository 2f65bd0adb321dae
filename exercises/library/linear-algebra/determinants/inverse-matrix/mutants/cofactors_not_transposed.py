"""Your result looks like the transpose of the inverse: it seems you divided the cofactor matrix by det A as it is. The adjugate is the transpose of the cofactor matrix."""
# Mistake: the adjugate formula inv(A) = adj(A) / det(A) with the cofactor matrix used as it is,
# forgetting that the adjugate is the TRANSPOSE of the cofactor matrix.
import numpy as np


def inverse(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    if n == 1:
        return np.array([[1.0 / A[0, 0]]])
    C = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            minor = np.delete(np.delete(A, i, axis=0), j, axis=1)
            C[i, j] = (-1) ** (i + j) * np.linalg.det(minor)
    return C / np.linalg.det(A)
