"""correct: accumulates the k rank-one layers sigma_i u_i v_i^T with np.outer in a loop."""
import numpy as np


def low_rank_approximation(A, k):
    """Return the best rank-k approximation of A: the first k terms of its SVD."""
    A = np.asarray(A, dtype=float)
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    Ak = np.zeros(A.shape)
    for i in range(k):
        Ak += S[i] * np.outer(U[:, i], Vt[i])
    return Ak
