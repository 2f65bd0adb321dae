import numpy as np


def low_rank_approximation(A, k):
    """Return the best rank-k approximation of A: the first k terms of its SVD."""
    A = np.asarray(A, dtype=float)
    U, S, Vt = np.linalg.svd(A, full_matrices=False)   # S is sorted decreasingly
    return U[:, :k] @ np.diag(S[:k]) @ Vt[:k, :]
