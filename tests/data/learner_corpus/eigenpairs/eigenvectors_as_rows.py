"""wrong: transposes the eigenvector matrix returned by np.linalg.eig, believing the eigenvectors are its rows, so column k is no longer an eigenvector for values[k]."""
import numpy as np


def eigenpairs(A):
    """Return (values, vectors): the eigenvalues of the square matrix A and an
    (n, n) array whose column k is an eigenvector for values[k]."""
    A = np.asarray(A, dtype=float)
    values, vectors = np.linalg.eig(A)
    return values, vectors.T
