import numpy as np


def eigenpairs(A):
    """Return (values, vectors): the eigenvalues of the square matrix A and an
    (n, n) array whose column k is an eigenvector for values[k]."""
    A = np.asarray(A, dtype=float)
    # eig handles non-symmetric matrices and returns complex results when needed;
    # column k of `vectors` belongs to values[k].
    values, vectors = np.linalg.eig(A)
    return values, vectors
