"""You seem to fit every entry of R, treating the placeholders of missing ratings as real ratings. The residuals must be zero wherever the mask is 0."""
# Mistake: ignores the mask and fits every entry of R, treating the placeholders of the
# missing ratings as real ratings.
import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    for _ in range(steps):
        E = U @ V.T - R
        grad_U = E @ V + lam * U
        grad_V = E.T @ U + lam * V
        U, V = U - lr * grad_U, V - lr * grad_V
    return U, V
