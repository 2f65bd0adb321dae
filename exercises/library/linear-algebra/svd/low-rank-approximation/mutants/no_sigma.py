"""Your layers seem to be missing their weights: each rank-one term should be sigma_i u_i v_i^T, not just u_i v_i^T."""
# Mistake: forgets the singular values in the middle: U_k V_k^T.
import numpy as np


def low_rank_approximation(A, k):
    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return U[:, :k] @ Vt[:k, :]
