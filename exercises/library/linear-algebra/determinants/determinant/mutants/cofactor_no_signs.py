"""Your expansion seems to add every term along the first row with a plus sign. Cofactors alternate in sign: the term for column j carries (-1)^j."""
# Mistake: cofactor expansion along the first row without the alternating signs (-1)^j.
import numpy as np


def determinant(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    if n == 1:
        return float(A[0, 0])
    total = 0.0
    for j in range(n):
        minor = np.delete(A[1:], j, axis=1)
        total += A[0, j] * determinant(minor)
    return total
