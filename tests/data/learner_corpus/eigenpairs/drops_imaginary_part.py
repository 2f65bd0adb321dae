"""wrong: keeps only the real parts of the eigenvalues and eigenvectors, which is wrong for matrices (such as rotations) with complex eigenvalues."""
import numpy as np


def eigenpairs(A):
    """Return (values, vectors): the eigenvalues of the square matrix A and an
    (n, n) array whose column k is an eigenvector for values[k]."""
    A = np.asarray(A, dtype=float)
    values, vectors = np.linalg.eig(A)
    return np.real(values), np.real(vectors)
