"""wrong: sorts the eigenvalues but leaves the eigenvector columns in numpy's original order, so the pairs no longer match."""
import numpy as np


def eigenpairs(A):
    """Return (values, vectors): the eigenvalues of the square matrix A and an
    (n, n) array whose column k is an eigenvector for values[k]."""
    A = np.asarray(A, dtype=float)
    values, vectors = np.linalg.eig(A)
    values = np.sort(values)[::-1]
    return values, vectors
