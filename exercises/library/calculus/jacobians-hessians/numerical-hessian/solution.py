import numpy as np


def numerical_hessian(f, x, h):
    """Central-difference Hessian of f at x (n x n)."""
    x = np.array(x, dtype=float)     # a float copy: the caller's x is not touched
    n = x.size
    I = np.eye(n)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            di, dj = h * I[i], h * I[j]
            H[i, j] = (f(x + di + dj) - f(x + di - dj)
                       - f(x - di + dj) + f(x - di - dj)) / (4 * h**2)
    return H
