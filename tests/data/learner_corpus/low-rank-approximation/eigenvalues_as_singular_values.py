"""wrong: builds the SVD from the eigen-decomposition of A^T A but uses its eigenvalues lambda_i = sigma_i^2 as the singular values, without taking the square root."""
import numpy as np


def low_rank_approximation(A, k):
    """Return the best rank-k approximation of A: the first k terms of its SVD."""
    A = np.asarray(A, dtype=float)
    lam, V = np.linalg.eigh(A.T @ A)
    order = np.argsort(lam)[::-1]
    lam = lam[order]
    V = V[:, order]
    Ak = np.zeros_like(A)
    for i in range(k):
        v = V[:, i]
        u = A @ v / np.sqrt(lam[i])
        Ak += lam[i] * np.outer(u, v)
    return Ak
