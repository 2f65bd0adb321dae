# Mistake: believes eig returns the eigenvectors as rows, and transposes them
# "to get one eigenvector per row" before returning.
import numpy as np


def eigenpairs(A):
    values, vectors = np.linalg.eig(np.asarray(A, dtype=float))
    return values, vectors.T
