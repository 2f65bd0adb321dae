"""You seem to update U first and then compute the V gradient with the new U. Both gradients must be taken at the same old point (U_t, V_t) before either factor changes."""
# Mistake: updates U first and then computes the gradient of V with the NEW U, instead of
# taking both gradients at the old (U, V).
import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    for _ in range(steps):
        E = M * (U @ V.T) - M * R
        grad_U = E @ V + lam * U
        U = U - lr * grad_U
        E = M * (U @ V.T) - M * R
        grad_V = E.T @ U + lam * V
        V = V - lr * grad_V
    return U, V
