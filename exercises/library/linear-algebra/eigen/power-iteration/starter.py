import numpy as np


def power_iteration(A):
    """Return (lam, v): the dominant eigenvalue of A and a unit eigenvector for it."""
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    x = np.ones(n) / np.sqrt(n)
    # TODO: repeat x <- A x / |A x| until x stops changing (up to sign), then lam = x^T A x.
    return 0.0, x
