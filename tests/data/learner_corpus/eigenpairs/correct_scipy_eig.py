"""correct: scipy.linalg.eig, which returns complex eigenvalues and the right eigenvectors as columns."""
import numpy as np
import scipy.linalg


def eigenpairs(A):
    """Return (values, vectors): the eigenvalues of the square matrix A and an
    (n, n) array whose column k is an eigenvector for values[k]."""
    A = np.asarray(A, dtype=float)
    values, vectors = scipy.linalg.eig(A)
    return values, vectors
