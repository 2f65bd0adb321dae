"""wrong: assumes np.linalg.svd returns the singular values in increasing order and keeps the last k terms, i.e. the smallest singular values."""
import numpy as np


def low_rank_approximation(A, k):
    """Return the best rank-k approximation of A: the first k terms of its SVD."""
    A = np.asarray(A, dtype=float)
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, -k:] @ np.diag(S[-k:]) @ Vt[-k:, :]
