"""Your eigenvectors seem to be stored as rows. The task wants column k of vectors to be the eigenvector for values[k], so that AV = V Lambda."""
# Mistake: believes eig returns the eigenvectors as rows, and transposes them
# "to get one eigenvector per row" before returning.
import numpy as np


def eigenpairs(A):
    values, vectors = np.linalg.eig(np.asarray(A, dtype=float))
    return values, vectors.T
