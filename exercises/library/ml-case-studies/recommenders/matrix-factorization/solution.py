import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    """Full-batch gradient descent on
    L(U, V) = 1/2 * sum over observed (i, j) of (U[i] @ V[j] - R[i, j])**2
              + lam/2 * (||U||_F**2 + ||V||_F**2),
    starting from (U0, V0), `steps` simultaneous updates with learning rate lr.
    Returns the final (U, V)."""
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)      # copies: the caller's U0 and V0 stay unchanged
    V = np.array(V0, dtype=float)
    for _ in range(steps):
        E = M * (U @ V.T) - M * R       # residuals on the observed entries, 0 elsewhere
        grad_U = E @ V + lam * U
        grad_V = E.T @ U + lam * V
        U, V = U - lr * grad_U, V - lr * grad_V    # both gradients taken at the old (U, V)
    return U, V
