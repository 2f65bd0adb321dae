"""Your eigenvectors seem to repeat when an eigenvalue is repeated: you probably took one null vector of A - lambda I for each eigenvalue on its own. A repeated eigenvalue with a full eigenbasis needs as many independent eigenvectors as its multiplicity."""
# Mistake: finds one eigenvector per eigenvalue separately (the last right singular vector of
# A - lambda I). For a repeated eigenvalue it returns the same vector twice: dependent columns.
import numpy as np


def eigenpairs(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    values = np.linalg.eigvals(A)
    vectors = np.zeros((n, n), dtype=complex)
    for k, lam in enumerate(values):
        _, _, Vh = np.linalg.svd(A - lam * np.eye(n))
        vectors[:, k] = Vh[-1].conj()
    return values, vectors
