"""You seem to take columns of V^T as the right singular vectors. The v_i^T are the rows of V^T (equivalently the v_i are the columns of V)."""
# Mistake: treats Vt as if it were V, taking its first k COLUMNS (transposed) instead of its
# first k rows as the right singular vectors.
import numpy as np


def low_rank_approximation(A, k):
    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=True)
    return U[:, :k] @ np.diag(S[:k]) @ Vt[:, :k].T
