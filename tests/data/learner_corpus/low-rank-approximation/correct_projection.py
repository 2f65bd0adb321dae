"""correct: projects A onto its k leading left singular vectors, A_k = U_k U_k^T A, which equals the truncated SVD."""
import numpy as np


def low_rank_approximation(A, k):
    """Return the best rank-k approximation of A: the first k terms of its SVD."""
    A = np.asarray(A, dtype=float)
    U, _, _ = np.linalg.svd(A, full_matrices=False)
    Uk = U[:, :k]
    return Uk @ (Uk.T @ A)
