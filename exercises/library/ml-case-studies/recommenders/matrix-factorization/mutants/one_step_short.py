"""Your result looks like one gradient step too few. Check that exactly steps updates are made (and none when steps = 0)."""
# Mistake: off by one, the loop runs steps - 1 times.
import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    for _ in range(steps - 1):
        E = M * (U @ V.T) - M * R
        grad_U = E @ V + lam * U
        grad_V = E.T @ U + lam * V
        U, V = U - lr * grad_U, V - lr * grad_V
    return U, V
