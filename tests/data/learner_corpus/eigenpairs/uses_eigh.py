"""wrong: calls np.linalg.eigh, which assumes a symmetric matrix and reads only one triangle of A, so non-symmetric matrices get wrong eigenpairs."""
import numpy as np


def eigenpairs(A):
    """Return (values, vectors): the eigenvalues of the square matrix A and an
    (n, n) array whose column k is an eigenvector for values[k]."""
    A = np.asarray(A, dtype=float)
    values, vectors = np.linalg.eigh(A)
    return values, vectors
