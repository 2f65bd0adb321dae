"""Your eigenvalues seem to be reordered while the eigenvector columns stay put, so values[k] no longer matches column k. Any order is fine, but keep each pair together."""
# Mistake: sorts the eigenvalues for a tidy output but leaves the eigenvector
# columns in their original order, so values[k] and column k no longer match.
import numpy as np


def eigenpairs(A):
    values, vectors = np.linalg.eig(np.asarray(A, dtype=float))
    return np.sort(values), vectors
