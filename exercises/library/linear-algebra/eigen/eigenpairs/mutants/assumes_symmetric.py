# Mistake: uses eigh, which is only for symmetric (Hermitian) matrices. It reads only
# the lower triangle of A, so non-symmetric matrices get the wrong eigenpairs.
import numpy as np


def eigenpairs(A):
    values, vectors = np.linalg.eigh(np.asarray(A, dtype=float))
    return values, vectors
