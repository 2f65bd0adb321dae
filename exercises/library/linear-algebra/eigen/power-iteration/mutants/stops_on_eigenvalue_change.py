"""Your eigenvector seems to stop short of convergence on symmetric matrices with the largest allowed gap (0.75). The Rayleigh quotient settles much faster than the vector (its error is roughly the square of the vector's), so a tiny change in lambda does not mean x has converged. Stop on the change of x itself, up to sign."""
# Mistake: stops when the Rayleigh quotient changes by less than 1e-12. For a symmetric A its
# error shrinks like 0.75^(2k), the vector's only like 0.75^k: v is still off by about 1e-6.
import numpy as np


def power_iteration(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    x = np.ones(n) / np.sqrt(n)
    lam = float(x @ A @ x)
    for _ in range(10_000):
        y = A @ x
        x = y / np.linalg.norm(y)
        new = float(x @ A @ x)
        if abs(new - lam) < 1e-12:
            return new, x
        lam = new
    return lam, x
