"""You seem to keep k + 1 layers instead of k. A_k is the sum of the first k terms sigma_i u_i v_i^T, so its rank is k."""
# Mistake: an off-by-one in the slice keeps k + 1 terms.
import numpy as np


def low_rank_approximation(A, k):
    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return U[:, :k + 1] @ np.diag(S[:k + 1]) @ Vt[:k + 1, :]
