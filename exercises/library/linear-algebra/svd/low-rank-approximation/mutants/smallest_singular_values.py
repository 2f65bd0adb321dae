"""You seem to keep the layers with the smallest singular values. The best approximation keeps the k largest ones, sigma_1 to sigma_k."""
# Mistake: keeps the LAST k singular triplets, i.e. the smallest singular values.
import numpy as np


def low_rank_approximation(A, k):
    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    r = len(S)
    return U[:, r - k:] @ np.diag(S[r - k:]) @ Vt[r - k:, :]
