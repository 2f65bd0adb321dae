"""Your residual seems to have the wrong sign, R - UV^T instead of UV^T - R, so the data part of each step goes uphill. The gradient of the squared error uses prediction minus rating."""
# Mistake: residual taken as R - U V^T, so the data term of the step goes uphill.
import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    for _ in range(steps):
        E = M * R - M * (U @ V.T)
        grad_U = E @ V + lam * U
        grad_V = E.T @ U + lam * V
        U, V = U - lr * grad_U, V - lr * grad_V
    return U, V
