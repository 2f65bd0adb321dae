import numpy as np


def matrix_factorization(R, mask, U0, V0, lr, lam, steps):
    """Full-batch gradient descent on
    L(U, V) = 1/2 * sum over observed (i, j) of (U[i] @ V[j] - R[i, j])**2
              + lam/2 * (||U||_F**2 + ||V||_F**2),
    starting from (U0, V0), `steps` simultaneous updates with learning rate lr.
    Returns the final (U, V)."""
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    # TODO: repeat `steps` times: compute the masked residuals, both gradients at the current
    # (U, V), then update U and V together.
    return U, V
