"""Your rank seems too high for rank-deficient matrices with entries near 1e3. The eigenvalues of A^T A are the squared singular values, so their rounding noise is squared in scale too (about 1e-16 times the largest one, 1e-9 here) and passes a small fixed threshold. Count singular values of A itself, with a tolerance relative to the largest one."""
# Mistake: thresholds the eigenvalues of the Gram matrix (squared singular values) at 1e-10.
# For entries near 1e3 their rounding noise is about 1e-9, counted as extra directions.
import numpy as np


def rank(A):
    A = np.asarray(A, dtype=float)
    gram = A.T @ A if A.shape[0] >= A.shape[1] else A @ A.T
    return int(np.sum(np.linalg.eigvalsh(gram) > 1e-10))
