"""Your penalty term seems twice as strong as it should be. The gradient of (lambda/2)|U|^2 is lambda U, not 2 lambda U."""
# Mistake: the gradient of the penalty lam/2 * ||U||^2 is lam * U, not 2 * lam * U.
import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    for _ in range(steps):
        E = M * (U @ V.T) - M * R
        grad_U = E @ V + 2 * lam * U
        grad_V = E.T @ U + 2 * lam * V
        U, V = U - lr * grad_U, V - lr * grad_V
    return U, V
