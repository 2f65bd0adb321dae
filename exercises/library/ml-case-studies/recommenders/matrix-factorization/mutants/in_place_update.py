"""Your factors look right, but the caller's U0 and V0 seem to be changed as well. Start the descent from copies of the initial factors."""
# Mistake: starts from U0 and V0 themselves (no copy) and updates them in place, which
# changes the caller's arrays.
import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.asarray(U0, dtype=float)
    V = np.asarray(V0, dtype=float)
    for _ in range(steps):
        E = M * (U @ V.T) - M * R
        grad_U = E @ V + lam * U
        grad_V = E.T @ U + lam * V
        U -= lr * grad_U
        V -= lr * grad_V
    return U, V
