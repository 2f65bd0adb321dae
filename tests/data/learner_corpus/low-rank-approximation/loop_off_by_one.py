"""wrong: sums the rank-one layers sigma_i u_i v_i^T for i in range(1, k), copying the 1-based formula, so the largest layer is skipped and only k - 1 terms are kept."""
import numpy as np


def low_rank_approximation(A, k):
    """Return the best rank-k approximation of A: the first k terms of its SVD."""
    A = np.asarray(A, dtype=float)
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    Ak = np.zeros_like(A)
    for i in range(1, k):
        Ak += S[i] * np.outer(U[:, i], Vt[i, :])
    return Ak
