import numpy as np


def quadratic_gradient(A, b, x):
    """Gradient of f(x) = x^T A x + b^T x (A square, not necessarily symmetric)."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x, dtype=float)
    return (A + A.T) @ x + b
