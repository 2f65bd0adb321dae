import numpy as np


def eigenpairs(A):
    """Return (values, vectors): the eigenvalues of the square matrix A and an
    (n, n) array whose column k is an eigenvector for values[k]."""
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    # TODO: compute the eigenvalues and the matching eigenvectors (as columns).
    values = np.zeros(n)
    vectors = np.eye(n)
    return values, vectors
