"""Masks the predictions but subtracts R unmasked, assuming unobserved placeholders are 0 (statement: placeholders may be arbitrary numbers and must have no influence)."""
import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    for _ in range(steps):
        E = M * (U @ V.T) - R
        U, V = U - lr * (E @ V + lam * U), V - lr * (E.T @ U + lam * V)
    return U, V
