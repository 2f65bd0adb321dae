"""Updates U first and computes V's gradient with the new U (statement: both factors updated simultaneously from the gradients at the current point)."""
import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    for _ in range(steps):
        U = U - lr * (M * (U @ V.T - R) @ V + lam * U)
        V = V - lr * ((M * (U @ V.T - R)).T @ U + lam * V)
    return U, V
