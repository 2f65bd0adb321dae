"""Your eigenpairs seem right only when A is symmetric, as if the method assumed A = A^T and read half of A. Non-symmetric A, possibly with complex eigenvalues, needs a general method."""
# Mistake: uses eigh, which is only for symmetric (Hermitian) matrices. It reads only
# the lower triangle of A, so non-symmetric matrices get the wrong eigenpairs.
import numpy as np


def eigenpairs(A):
    values, vectors = np.linalg.eigh(np.asarray(A, dtype=float))
    return values, vectors
