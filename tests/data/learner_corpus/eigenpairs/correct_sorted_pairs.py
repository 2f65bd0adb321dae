"""correct: np.linalg.eig followed by sorting the eigenvalues by decreasing real part and reordering the eigenvector columns with the same permutation."""
import numpy as np


def eigenpairs(A):
    """Return (values, vectors): the eigenvalues of the square matrix A and an
    (n, n) array whose column k is an eigenvector for values[k]."""
    A = np.asarray(A, dtype=float)
    values, vectors = np.linalg.eig(A)
    order = np.lexsort((values.imag, -values.real))
    values = values[order]
    vectors = vectors[:, order]
    norms = np.linalg.norm(vectors, axis=0)
    return values, vectors / norms
