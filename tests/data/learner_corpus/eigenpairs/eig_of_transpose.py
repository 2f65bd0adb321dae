"""wrong: decomposes A.T instead of A, which has the same eigenvalues but different (left) eigenvectors."""
import numpy as np


def eigenpairs(A):
    """Return (values, vectors): the eigenvalues of the square matrix A and an
    (n, n) array whose column k is an eigenvector for values[k]."""
    A = np.asarray(A, dtype=float)
    values, vectors = np.linalg.eig(A.T)
    return values, vectors
